/** Global state every page can read through getApp<IAppOption>(). */
interface IAppOption {
  globalData: {
    /** Current UI language; pages re-read it in onShow so a switch made elsewhere applies. */
    lang: 'zh' | 'en';
  };
}
