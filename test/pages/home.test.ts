import simulate from 'miniprogram-simulate';
import { renderPage, tap, textOf } from '../helpers/load';

describe('home page', () => {
  it('renders the vant start button and reacts to a tap', async () => {
    const { comp } = renderPage('pages/home/index');
    const button = comp.querySelector('.home__start >>> .van-button');
    // vant renders a real <button> inside; an empty render would mean the component did not resolve.
    expect(button).toBeDefined();
    expect(textOf(button)).toBe('开始');
    tap(comp, '.home__start >>> .van-button');
    await simulate.sleep(0);
    expect(textOf(comp.querySelector('.home__started'))).toBe('即将推出');
  });
});
