import { systemLang } from './utils/system';

App<IAppOption>({
  globalData: { lang: 'zh' },
  onLaunch() {
    this.globalData.lang = systemLang();
  },
});
