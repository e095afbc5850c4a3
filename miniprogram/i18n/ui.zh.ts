/** UI strings (pages and components). Keys: `<page>.<thing>`. */
const ui = {
  'app.name': '公众号选型助手',
} as const;
export default ui;
