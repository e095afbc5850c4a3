import type share from './share.zh';

const shareEn: Record<keyof typeof share, string> = {
  'share.chat': 'Share to chat',
  'share.save': 'Save as image',
  'share.saving': 'Creating the image…',
  'share.saved': 'Image saved to your album',
  'share.moments_hint': 'To share to Moments, tap ••• at the top right and choose "Share to Moments".',
  'share.single_page_hint':
    'Opened from Moments, this page cannot share or save images. Tap "Open Mini Program" at the bottom for everything.',
  'share.chat_title': 'Which WeChat account to register: the answer, cost and time',
  'share.timeline_title': '{headline} | {app}',
  'share.fallback_title': 'Which Official Account should you register?',
  'share.error.missing': 'This link carries no answers, so there is no result to show.',
  'share.error.truncated':
    'This link is incomplete (it may have been cut off when forwarded), so there is no result to show.',
  'share.error.tampered':
    'This link was changed after it was shared, so its result cannot be trusted and is not shown.',
  'share.error.unknown_version':
    'This link comes from a version of the mini program this one does not recognise, so there is no result to show.',
  'share.error.invalid': 'This link cannot be read, so there is no result to show.',
  'share.poster.reasons': 'Why',
  'share.poster.reviewed': 'Facts reviewed {date}',
  'share.poster.code': 'Long-press the code to open {app} in WeChat',
  'share.poster.search': 'Search "{name}" ({app}) in WeChat',
  'share.card.open': 'Tap to see the full result in WeChat',
  'share.figure.cost': 'Cost',
  'share.figure.go_live': 'Live in',
  'share.figure.documents': 'Documents',
  'share.figure.cost_value': '{first} in year one, {three} over three years',
  'share.figure.free': 'Free',
  'share.figure.free_known': 'Free, as far as our sources go',
  'share.figure.reported': 'Partly reported figures.',
  'share.figure.unpriced_one': 'Plus {item}: no reliable figure.',
  'share.figure.unpriced_many': 'Plus {n} costs with no reliable figure.',
  'share.figure.documents_value': '{n} to prepare',
  'share.figure.instead': 'What you can do instead',
  'share.sentence_gap': ' ',
  'share.poster.failed': 'Could not create the image. Please try again.',
  'share.album.modal_title': 'Allow saving to your album',
  'share.album.modal_body':
    'Saving the image needs the "Add to Album" permission. Turn it on in Settings, then come back to save.',
  'share.album.open_settings': 'Open Settings',
  'share.album.cancel': 'Cancel',
  'share.album.denied':
    'No permission to use your album, so the image was not saved. You can allow it under ••• > Settings.',
  'share.album.privacy_denied': 'You did not accept the privacy notice, so the image was not saved.',
  'share.album.cancelled': 'Saving was cancelled.',
  'share.album.failed': 'Could not save the image: {detail}',
  'share.album.unsupported': 'This version of WeChat cannot save images to the album. Please update WeChat.',
};
export default shareEn;
