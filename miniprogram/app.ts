// Nothing global: each page reads the language (utils/lang) when it opens and on every onShow,
// so a switch made on one page applies to the others without shared state.
App({});
