/** app.json and the PAGES table name the same pages, in the order WeChat opens them. */
import fs from 'node:fs';
import path from 'node:path';
import { PAGES } from '../../miniprogram/share/pages';

describe('page paths', () => {
  it('app.json lists exactly the pages of the PAGES table, home first', () => {
    const app = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../miniprogram/app.json'), 'utf8'),
    ) as {
      pages: string[];
    };
    expect(app.pages.map((page) => `/${page}`)).toEqual(Object.values(PAGES));
    expect(app.pages[0]).toBe(PAGES.home.slice(1));
  });
});
