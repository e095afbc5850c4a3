/* global window */
// The words of the preview's own chrome (dialogs, share sheet, navigation bar), in the
// language the emulated phone is set to.
(function () {
  'use strict';
  const P = window.__preview;
  const T = {
    back: ['返回', 'Back'],
    home: ['首页', 'Home'],
    more: ['更多', 'More'],
    sendToChat: ['发送给朋友', 'Send to chat'],
    moments: ['分享到朋友圈', 'Share to Moments'],
    restart: ['重新进入小程序', 'Restart the mini program'],
    cancel: ['取消', 'Cancel'],
    ok: ['确定', 'OK'],
    cardWouldSend: ['将发送以下卡片（预览）', 'This card would be sent (preview)'],
    momentsWouldPost: ['将发布到朋友圈（预览）', 'This would be posted to Moments (preview)'],
    openLink: ['朋友点开卡片后打开：', 'Your friend tapping the card opens:'],
    copyLink: ['复制链接', 'Copy link'],
    noShare: ['当前页面未设置分享', 'This page cannot be shared'],
    pageScreenshot: ['（当前页面截图）', '(screenshot of the page)'],
    contactTitle: ['客服消息', 'Customer service'],
    contact: [
      '在微信中，这里会打开与本小程序客服的会话。预览无法连接客服。',
      'In WeChat this opens a customer service chat with this mini program. The preview cannot connect to it.',
    ],
    saved: [
      '在微信中图片会保存到相册。预览中可下载 PNG：',
      'In WeChat the image is saved to the album. In the preview, download the PNG:',
    ],
    download: ['下载 PNG', 'Download PNG'],
    settings: ['设置', 'Settings'],
    album: ['保存到相册', 'Save to album'],
    notFound: ['页面不存在', 'Page not found'],
    miniProgram: ['小程序', 'Mini Program'],
    singlePage: ['当前为朋友圈单页模式', 'Single-page mode (opened from Moments)'],
    openFull: ['前往小程序', 'Open the mini program'],
  };
  P.zh = () => /^zh/.test(P.wechatLanguage());
  P.t = (key) => T[key][P.zh() ? 0 : 1];
  P.appName = () => window.__APP__.appJson.window.navigationBarTitleText || '';
})();
