//! Geography: the embedded country shapes, the map projection and framings, and hit-testing on the
//! projected geometry (in CSS pixels, `f64`, so microstates do not collapse to a pixel).

pub mod camera;
pub mod clip;
pub mod deepest;
pub mod hatch;
pub mod hit;
pub mod keys;
pub mod projection;
pub mod shapes;

pub use camera::Camera;
pub use hit::ProjectedMap;
pub use keys::Direction;
pub use projection::{Framing, Viewport};
pub use shapes::{CountryShape, Shapes};
