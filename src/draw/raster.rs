//! An SVG drawing as a PNG through resvg, which shapes text (Arabic joined and ordered right to
//! left, mixed runs in their bidi order): the CLI's PNGs in French and Arabic. plotters' bitmap
//! backend draws Arabic letters unjoined and left to right, so it draws only the English PNGs.
//! Native only (the `png` feature); the page's PNG is its canvas, which the browser shapes.

use std::path::Path;
use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use super::DrawError;

/// Where Debian's fonts-noto-core puts Noto Sans Arabic (scripts/setup.sh installs it).
pub const ARABIC_FONT: &str = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";

/// The fonts an SVG of ours is drawn with: DejaVu Sans (shipped, for Latin text and digits) as
/// `sans-serif`, and Noto Sans Arabic, which usvg falls back to for Arabic letters.
fn fonts() -> Result<usvg::fontdb::Database, DrawError> {
    let mut db = usvg::fontdb::Database::new();
    db.load_font_data(include_bytes!("../../data/fonts/DejaVuSans.ttf").to_vec());
    let arabic = std::fs::read(ARABIC_FONT).map_err(|e| {
        DrawError(format!(
            "{ARABIC_FONT}: {e} (install Debian's fonts-noto-core: scripts/setup.sh)"
        ))
    })?;
    db.load_font_data(arabic);
    db.set_sans_serif_family("DejaVu Sans");
    Ok(db)
}

/// Rasterises `svg` (`width` × `height` px, as drawn) into a PNG file at `path`.
pub fn svg_to_png(svg: &str, path: &Path) -> Result<(), DrawError> {
    let options = usvg::Options {
        fontdb: Arc::new(fonts()?),
        font_family: "DejaVu Sans".to_string(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)
        .map_err(|e| DrawError(format!("the drawing's SVG could not be read: {e}")))?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| DrawError("a PNG of no pixels".to_string()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .save_png(path)
        .map_err(|e| DrawError(format!("{}: {e}", path.display())))
}
