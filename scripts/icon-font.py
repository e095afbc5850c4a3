"""Builds the small offline icon font the mini program uses instead of vant's remote one.

vant's van-icon loads its font from a CDN; WeChat would fetch it at run time, and offline the
icons are blank. app.wxss points vant at this font through --van-icon-font-family, so the
remote font is never requested. Glyphs are drawn here from straight strokes and rings, at
the code points vant's CSS uses for the same names (icon/index.wxss), and embedded as base64.

Run: /usr/bin/python3 scripts/icon-font.py  (Debian's python3-fonttools) and paste the printed
@font-face into miniprogram/app.wxss.
"""
import base64
import io
import math

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

EM = 1024
CX, CY = 512, 384  # vant-style icon fonts centre glyphs between descent -128 and ascent 896


def quad(pen, a, b, width):
    """A straight stroke from a to b as a clockwise quadrilateral, with square-ish caps."""
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length
    h = width / 2
    # extend ends so consecutive strokes overlap at joints
    x1, y1, x2, y2 = x1 - ux * h * 0.5, y1 - uy * h * 0.5, x2 + ux * h * 0.5, y2 + uy * h * 0.5
    nx, ny = -uy * h, ux * h
    pts = [(x1 + nx, y1 + ny), (x2 + nx, y2 + ny), (x2 - nx, y2 - ny), (x1 - nx, y1 - ny)]
    # clockwise in y-up coordinates: negative signed area
    area = sum(pts[i][0] * pts[(i + 1) % 4][1] - pts[(i + 1) % 4][0] * pts[i][1] for i in range(4))
    if area > 0:
        pts.reverse()
    poly(pen, pts)


def poly(pen, pts):
    pts = [(round(x), round(y)) for x, y in pts]
    pen.moveTo(pts[0])
    for p in pts[1:]:
        pen.lineTo(p)
    pen.closePath()


def polyline(pen, pts, width):
    for a, b in zip(pts, pts[1:]):
        quad(pen, a, b, width)


def circle_pts(cx, cy, r, start=0.0, end=360.0, n=48, clockwise=True):
    out = []
    for i in range(n + 1):
        t = math.radians(start + (end - start) * i / n)
        out.append((cx + r * math.cos(t), cy + r * math.sin(t)))
    return out[::-1] if clockwise else out


def ring(pen, cx, cy, r, width):
    outer = circle_pts(cx, cy, r + width / 2, n=64)[:-1]
    inner = circle_pts(cx, cy, r - width / 2, n=64, clockwise=False)[:-1]
    poly(pen, outer)
    poly(pen, inner)


def disc(pen, cx, cy, r):
    poly(pen, circle_pts(cx, cy, r, n=32)[:-1])


def rect(pen, x1, y1, x2, y2):
    poly(pen, [(x1, y1), (x1, y2), (x2, y2), (x2, y1)])  # clockwise


def g_success(pen):
    polyline(pen, [(190, 400), (420, 170), (850, 600)], 96)


def chevron(pen, pts):
    polyline(pen, pts, 84)


def g_arrow(pen):
    chevron(pen, [(380, 750), (680, 384), (380, 18)])


def g_arrow_left(pen):
    chevron(pen, [(644, 750), (344, 384), (644, 18)])


def g_arrow_down(pen):
    chevron(pen, [(146, 534), (512, 234), (878, 534)])


def g_arrow_up(pen):
    chevron(pen, [(146, 234), (512, 534), (878, 234)])


def g_cross(pen):
    quad(pen, (212, 84), (812, 684), 80)
    quad(pen, (212, 684), (812, 84), 80)


def g_warning_o(pen):
    polyline(pen, [(512, 830), (930, -40), (94, -40), (512, 830)], 70)
    rect(pen, 476, 170, 548, 520)
    rect(pen, 476, 40, 548, 112)


def g_info_o(pen):
    ring(pen, CX, CY, 420, 70)
    rect(pen, 476, 90, 548, 460)
    rect(pen, 476, 560, 548, 632)


def g_chat_o(pen):
    polyline(pen, [(120, 800), (904, 800), (904, 170), (420, 170), (220, -40), (220, 170), (120, 170), (120, 800)], 70)
    for x in (330, 512, 694):
        disc(pen, x, 485, 52)


def g_share_o(pen):
    polyline(pen, [(330, 560), (150, 560), (150, -60), (874, -60), (874, 560), (694, 560)], 70)
    quad(pen, (512, 120), (512, 820), 72)
    polyline(pen, [(320, 640), (512, 832), (704, 640)], 72)


def g_replay(pen):
    arc = circle_pts(CX, CY, 380, start=110, end=400, n=40, clockwise=False)
    polyline(pen, arc, 70)
    # arrow head at the arc's start (upper left), pointing along the arc
    x, y = arc[0]
    poly(pen, [(x - 170, y + 60), (x + 60, y + 170), (x + 40, y - 120)][::-1])


# Only glyphs the product shows are embedded (success: radio/checkbox ticks; arrows: the sources
# toggle; cross: close; warning-o: warnings; chat-o: contact). The other drawers stay for later use.
GLYPHS = {
    'success': (0xE728, g_success),
    'arrow-down': (0xE65E, g_arrow_down),
    'arrow-up': (0xE65F, g_arrow_up),
    'cross': (0xE6A7, g_cross),
    'warning-o': (0xE743, g_warning_o),
    'chat-o': (0xE68C, g_chat_o),
}


def build():
    names = ['.notdef'] + list(GLYPHS)
    fb = FontBuilder(EM, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({code: name for name, (code, _) in GLYPHS.items()})
    glyphs = {}
    pen = TTGlyphPen(None)
    glyphs['.notdef'] = pen.glyph()
    for name, (_, draw) in GLYPHS.items():
        pen = TTGlyphPen(None)
        draw(pen)
        glyphs[name] = pen.glyph()
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({name: (EM, 0) for name in names})
    fb.setupHorizontalHeader(ascent=896, descent=-128)
    fb.setupNameTable({'familyName': 'app-icon', 'styleName': 'Regular'})
    fb.setupOS2(sTypoAscender=896, sTypoDescender=-128, usWinAscent=896, usWinDescent=128)
    fb.setupPost()
    buf = io.BytesIO()
    fb.save(buf)
    return buf.getvalue()


if __name__ == '__main__':
    data = build()
    b64 = base64.b64encode(data).decode('ascii')
    print(
        "@font-face {\n  font-family: 'app-icon';\n  font-style: normal;\n  font-weight: 400;\n"
        f"  src: url('data:font/ttf;base64,{b64}') format('truetype');\n}}"
    )
    import sys

    print(f'/* {len(data)} bytes, glyphs: {", ".join(GLYPHS)} */', file=sys.stderr)
