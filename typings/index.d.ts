/**
 * A tap on a view whose handler reads `data-*` attributes: `D` is the dataset
 * (`data-option="{{item.id}}"` gives `TapEvent<{ option: string }>`).
 */
type TapEvent<D extends WechatMiniprogram.IAnyObject> = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  D
>;
