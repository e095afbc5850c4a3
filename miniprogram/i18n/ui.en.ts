import type ui from './ui.zh';

const uiEn: Record<keyof typeof ui, string> = {
  'app.name': 'OA Navigator',
};
export default uiEn;
