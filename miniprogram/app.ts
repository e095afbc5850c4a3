import { currentLang } from './utils/lang';

App<IAppOption>({
  globalData: { lang: 'zh' },
  onLaunch() {
    // The saved choice wins over the phone's language; pages read the language on every onShow.
    this.globalData.lang = currentLang();
  },
});
