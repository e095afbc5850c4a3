/**
 * Every page's path, in one table: navigation (utils/nav), the share links (payload) and the
 * pages' own share hooks read it. app.json lists the same pages (test/pages/app.test.ts).
 */
export const PAGES = {
  home: '/pages/home/index',
  quiz: '/pages/quiz/index',
  result: '/pages/result/index',
  compare: '/pages/compare/index',
} as const;

export type PageName = keyof typeof PAGES;
