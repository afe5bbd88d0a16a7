//! The baked first paint: what `coalition bake` writes at build time for the page to show before
//! any script or wasm runs — the default view's map as a compact inline SVG and the statuses as a
//! plain HTML table (for readers without JavaScript). Pure text in, text out; the CLI writes files.
//!
//! Why a compactor: plotters' SVG backend writes each country twice (a filled `<polygon>`, then its
//! outline as a `<polyline>` with the same points) in absolute coordinates. Inlined in the HTML that
//! is ~28 KB gzip; one `<path>` per country with relative coordinates draws the same picture in
//! about half of that, under the 25 KB the first paint may cost.

use crate::dataset::Index;
use crate::date::Date;
use crate::draw::map::HitDisc;
use crate::{query, voice};

/// The value of attribute `name` in one SVG element's text, if present.
fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = element.find(&key)? + key.len();
    let len = element.get(start..)?.find('"')?;
    element.get(start..start + len)
}

/// The integer points of a `points="x,y x,y …"` list; `None` if any is not an integer pair (then
/// the element is kept as it was).
fn points(list: &str) -> Option<Vec<(i64, i64)>> {
    list.split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect()
}

/// How far (px) a simplified outline may stray from the drawn one: under a pixel, so the picture
/// does not change, while points a pixel apart on a straight run go.
const TOLERANCE: f64 = 1.0;

/// Distance from `p` to the segment `a`–`b`.
fn distance_to_segment(p: (i64, i64), a: (i64, i64), b: (i64, i64)) -> f64 {
    let (px, py, ax, ay, bx, by) = (
        p.0 as f64, p.1 as f64, a.0 as f64, a.1 as f64, b.0 as f64, b.1 as f64,
    );
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0)
    };
    ((px - ax - t * dx).powi(2) + (py - ay - t * dy).powi(2)).sqrt()
}

/// Douglas–Peucker: the points of `pts` that keep every dropped one within [`TOLERANCE`] of the
/// line through those kept; the first and last always stay.
fn simplify(pts: &[(i64, i64)]) -> Vec<(i64, i64)> {
    let mut pts = pts.to_vec();
    pts.dedup();
    if pts.len() < 3 {
        return pts;
    }
    let mut keep = vec![false; pts.len()];
    let last = pts.len() - 1;
    keep[0] = true;
    keep[last] = true;
    let mut stack = vec![(0, last)];
    while let Some((a, b)) = stack.pop() {
        let (mut far, mut worst) = (a, 0.0);
        for i in a + 1..b {
            let d = distance_to_segment(pts[i], pts[a], pts[b]);
            if d > worst {
                (far, worst) = (i, d);
            }
        }
        if worst > TOLERANCE {
            keep[far] = true;
            stack.push((a, far));
            stack.push((far, b));
        }
    }
    pts.iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// Path data for a ring of points: an absolute move, then relative lines (small numbers, and the
/// minus sign doubles as the separator), closed with `z` when `closed`.
fn path_data(pts: &[(i64, i64)], closed: bool) -> String {
    let mut d = String::new();
    let mut last = (0, 0);
    for (i, &(x, y)) in pts.iter().enumerate() {
        let (dx, dy) = if i == 0 {
            (x, y)
        } else {
            (x - last.0, y - last.1)
        };
        if i == 0 {
            d.push('M');
        } else if i == 1 {
            d.push('l');
        }
        for (k, v) in [dx, dy].into_iter().enumerate() {
            if (i > 1 || k == 1) && v >= 0 {
                d.push(' ');
            }
            d.push_str(&v.to_string());
        }
        last = (x, y);
    }
    if closed {
        d.push('z');
    }
    d
}

/// The attributes an element keeps besides its geometry (`opacity="1"` is the default: dropped).
fn paint(element: &str, names: &[&str]) -> String {
    let mut out = String::new();
    for &n in names {
        if let Some(v) = attr(element, n) {
            if n == "opacity" && v == "1" {
                continue;
            }
            out.push_str(&format!(" {n}=\"{v}\""));
        }
    }
    out
}

/// Rewrites plotters' SVG (one element per line) into the same picture with fewer bytes: a filled
/// polygon followed by its own outline becomes one `<path>` with fill and stroke; other polygons
/// and polylines become paths; every other line is kept as it is.
pub fn compact_svg(svg: &str) -> String {
    compact_named_svg(svg, &[], &[])
}

/// A small state's drawn marker named by its country (`data-m="BHR"`), so a script can recolour it
/// with the shapes; `None` if `element` (a `<circle …/>`) is not one of `discs`' markers' fills.
fn named_marker(element: &str, discs: &[(String, HitDisc)]) -> Option<String> {
    let int = |name| attr(element, name)?.parse::<i32>().ok();
    let (x, y, r) = (int("cx")?, int("cy")?, int("r")?);
    let fill = attr(element, "fill").filter(|f| *f != "none")?;
    let (code, _) = discs.iter().find(|(_, d)| d.marker == Some(((x, y), r)))?;
    Some(format!(
        "<circle data-m=\"{}\" cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"{fill}\"/>\n",
        escape_html(code)
    ))
}

/// The unseen hit discs (`data-c`, no paint, but a click target): drawn last, over the shapes, in
/// the hit-test's order (see [`crate::draw::map::hit_discs`]).
fn hit_layer(discs: &[(String, HitDisc)]) -> String {
    let round = |v: f64| (v * 10.0).round() / 10.0;
    discs
        .iter()
        .map(|(code, d)| {
            format!(
                "<circle data-c=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"none\" pointer-events=\"all\"/>\n",
                escape_html(code),
                round(d.at.0),
                round(d.at.1),
                round(d.radius)
            )
        })
        .collect()
}

/// [`compact_svg`], with the `k`-th filled polygon's path named by `codes[k]` (`data-c="FRA"`):
/// the map country it paints, so the page's first script can recolour the picture for a link's
/// date and answer a click on it before the wasm arrives. The small states' markers in `discs`
/// are named too (`data-m`), and every disc becomes an unseen click target over the shapes: the
/// markers and reaches the live map's hit-test answers (a click on Bahrain's marker is Bahrain).
pub fn compact_named_svg(
    svg: &str,
    codes: &[Option<String>],
    discs: &[(String, HitDisc)],
) -> String {
    let mut filled_seen = 0;
    let lines: Vec<&str> = svg.lines().collect();
    let mut out = String::with_capacity(svg.len() / 2);
    let mut hits = Some(hit_layer(discs));
    let mut i = 0;
    while let Some(&line) = lines.get(i) {
        i += 1;
        let t = line.trim_start();
        if t.starts_with("</svg") {
            out.push_str(&hits.take().unwrap_or_default());
        }
        if let Some(marker) = t
            .starts_with("<circle ")
            .then(|| named_marker(t, discs))
            .flatten()
        {
            out.push_str(&marker);
            continue;
        }
        let poly = if t.starts_with("<polygon ") {
            Some(true)
        } else if t.starts_with("<polyline ") {
            Some(false)
        } else {
            None
        };
        let Some(filled) = poly else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let Some(pts) = attr(t, "points").and_then(points) else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        if filled {
            // Its outline: the next line, a polyline through the same points and back to the first.
            let outline = lines.get(i).map(|l| l.trim_start()).filter(|n| {
                n.starts_with("<polyline ")
                    && attr(n, "points").and_then(points).is_some_and(|o| {
                        o.len() == pts.len() + 1
                            && o.get(..pts.len()) == Some(&pts[..])
                            && o.last() == pts.first()
                    })
            });
            let mut attrs = paint(t, &["opacity", "fill"]);
            if let Some(Some(code)) = codes.get(filled_seen) {
                attrs.push_str(&format!(" data-c=\"{}\"", escape_html(code)));
            }
            filled_seen += 1;
            if let Some(o) = outline {
                attrs.push_str(&paint(o, &["stroke", "stroke-width", "stroke-opacity"]));
                i += 1;
            }
            let ring = simplify(&pts);
            out.push_str(&format!(
                "<path{attrs} d=\"{}\"/>\n",
                path_data(&ring, true)
            ));
        } else {
            let attrs = paint(
                t,
                &[
                    "fill",
                    "opacity",
                    "stroke",
                    "stroke-width",
                    "stroke-opacity",
                ],
            );
            out.push_str(&format!(
                "<path{attrs} d=\"{}\"/>\n",
                path_data(&pts, false)
            ));
        }
    }
    out.push_str(&hits.unwrap_or_default());
    out
}

/// Text for HTML element content or a quoted attribute value.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The statuses on `date` (None: the end of the story) as an HTML table, every country and
/// organisation with a role, in the dataset's order: what a reader without JavaScript gets in
/// place of the interactive map's colours. Every dataset text is escaped.
pub fn status_table_html(ix: &Index, date: Option<Date>) -> String {
    let mut html = format!(
        "<table class=\"baked-table\">\n<caption>Countries and organisations {}</caption>\n\
         <thead><tr><th scope=\"col\">Country or organisation</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n",
        escape_html(&voice::as_of(voice::Locale::En, ix, date))
    );
    for a in query::actors(ix, date) {
        let status = a.status.map_or("—", |s| s.label());
        html.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n",
            escape_html(a.name),
            escape_html(status)
        ));
    }
    html.push_str("</tbody>\n</table>\n");
    html
}

/// The page's status legend for the default view, as the HTML the page's script would build (the
/// buttons under the map, each with its colour and count; `www/ui.js` wires them anew): so the one
/// legend is on screen with the baked map, before any script. Swatches are SVG (a fill attribute),
/// since a strict `style-src 'self'` refuses style attributes. `baked-words` lets the first-paint
/// stylesheet hide it for a deep link, as it hides the baked map. Each label carries its message id
/// (`data-t`), so a page the browser's language makes French or Arabic shows it in that language
/// before the app, as the rest of the chrome (www/translate.js).
pub fn legend_html(ix: &Index, shapes: &crate::geo::Shapes, date: Option<Date>) -> String {
    let mut html = String::new();
    for (s, count) in crate::draw::map::status_counts(ix, shapes, date) {
        html.push_str(&format!(
            "<li class=\"baked-words\"><button type=\"button\" data-status=\"{key}\" aria-pressed=\"false\">\
             <svg class=\"swatch\" viewBox=\"0 0 11 11\" aria-hidden=\"true\"><rect width=\"11\" height=\"11\" fill=\"{color}\"/></svg>\
             <span data-t=\"status.{key}\">{label}</span><span class=\"legend-count\">{count}</span></button></li>",
            key = s.key(),
            color = crate::palette::hex(crate::palette::status(s)),
            label = escape_html(s.label()),
        ));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_and_its_outline_become_one_path() {
        let svg = "<svg>\n<polygon opacity=\"1\" fill=\"#56B4E9\" points=\"10,20 15,18 12,30 \"/>\n\
                   <polyline fill=\"none\" opacity=\"1\" stroke=\"#FFFFFF\" stroke-width=\"1\" points=\"10,20 15,18 12,30 10,20 \"/>\n</svg>\n";
        let out = compact_svg(svg);
        assert_eq!(
            out,
            "<svg>\n<path fill=\"#56B4E9\" stroke=\"#FFFFFF\" stroke-width=\"1\" d=\"M10 20l5-2-3 12z\"/>\n</svg>\n"
        );
    }

    #[test]
    fn an_outline_of_other_points_stays_its_own_path() {
        let svg = "<polygon opacity=\"0.4\" fill=\"#111\" points=\"0,0 4,0 4,4 \"/>\n\
                   <polyline fill=\"none\" opacity=\"1\" stroke=\"#222\" stroke-width=\"2\" points=\"9,9 8,8 \"/>\n";
        let out = compact_svg(svg);
        assert_eq!(
            out,
            "<path opacity=\"0.4\" fill=\"#111\" d=\"M0 0l4 0 0 4z\"/>\n\
             <path fill=\"none\" stroke=\"#222\" stroke-width=\"2\" d=\"M9 9l-1-1\"/>\n"
        );
    }

    #[test]
    fn points_on_a_straight_run_and_repeats_go_corners_stay() {
        let pts = [(0, 0), (1, 0), (2, 0), (2, 0), (3, 0), (3, 5), (3, 9)];
        assert_eq!(simplify(&pts), vec![(0, 0), (3, 0), (3, 9)]);
        // A bump of more than the tolerance (a pixel) is a shape, not noise; one of a pixel goes.
        assert_eq!(
            simplify(&[(0, 0), (5, 2), (10, 0)]),
            vec![(0, 0), (5, 2), (10, 0)]
        );
        assert_eq!(simplify(&[(0, 0), (5, 1), (10, 0)]), vec![(0, 0), (10, 0)]);
    }

    #[test]
    fn other_elements_and_fractional_points_are_kept() {
        let svg =
            "<text x=\"1\">Iraq &amp; Syria</text>\n<polygon fill=\"#1\" points=\"0.5,1 2,2 \"/>\n";
        assert_eq!(compact_svg(svg), svg);
    }

    #[test]
    fn a_small_states_marker_is_named_and_its_hit_disc_drawn_over_the_shapes() {
        let svg = "<svg>\n<polygon fill=\"#1\" points=\"0,0 4,0 4,4 \"/>\n\
                   <circle cx=\"10\" cy=\"20\" r=\"5\" opacity=\"1\" fill=\"#009E73\" stroke=\"none\" stroke-width=\"1\"/>\n\
                   <circle cx=\"10\" cy=\"20\" r=\"5\" opacity=\"1\" fill=\"none\" stroke=\"#111111\" stroke-width=\"1\"/>\n\
                   <circle cx=\"30\" cy=\"20\" r=\"2\" opacity=\"1\" fill=\"#111111\" stroke=\"none\" stroke-width=\"1\"/>\n</svg>\n";
        let discs = [
            (
                "LBN".to_string(),
                HitDisc {
                    shape: 1,
                    at: (40.04, 8.0),
                    radius: 9.5,
                    marker: None,
                },
            ),
            (
                "BHR".to_string(),
                HitDisc {
                    shape: 2,
                    at: (10.2, 19.9),
                    radius: 12.0,
                    marker: Some(((10, 20), 5)),
                },
            ),
        ];
        let out = compact_named_svg(svg, &[Some("FRA".into())], &discs);
        assert_eq!(
            out,
            "<svg>\n<path fill=\"#1\" data-c=\"FRA\" d=\"M0 0l4 0 0 4z\"/>\n\
             <circle data-m=\"BHR\" cx=\"10\" cy=\"20\" r=\"5\" fill=\"#009E73\"/>\n\
             <circle cx=\"10\" cy=\"20\" r=\"5\" opacity=\"1\" fill=\"none\" stroke=\"#111111\" stroke-width=\"1\"/>\n\
             <circle cx=\"30\" cy=\"20\" r=\"2\" opacity=\"1\" fill=\"#111111\" stroke=\"none\" stroke-width=\"1\"/>\n\
             <circle data-c=\"LBN\" cx=\"40\" cy=\"8\" r=\"9.5\" fill=\"none\" pointer-events=\"all\"/>\n\
             <circle data-c=\"BHR\" cx=\"10.2\" cy=\"19.9\" r=\"12\" fill=\"none\" pointer-events=\"all\"/>\n</svg>\n"
        );
    }

    #[test]
    fn the_table_escapes_dataset_text() {
        assert_eq!(
            escape_html("<b>\"A&B\"</b> 'x'"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; &#39;x&#39;"
        );
    }
}
