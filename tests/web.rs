//! The wasm API in a real browser (wasm-bindgen-test, headless Chromium): typed objects out, clear
//! errors for bad input, and drawing on a real canvas followed by a hit-test in Rust. Built with
//! the three modules' APIs (`--features page,tools,timeline`, as scripts/check.sh runs it).
#![cfg(target_arch = "wasm32")]

use coalition_map::web::{tools, Coalition, Timeline};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn canvas() -> web_sys::HtmlCanvasElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let c = doc.create_element("canvas").unwrap();
    doc.body().unwrap().append_child(&c).unwrap();
    c.dyn_into().unwrap()
}

#[wasm_bindgen_test]
fn loads_the_embedded_dataset_and_answers_queries() {
    let app = Coalition::new().unwrap();
    let list: js_sys::Array = app.list("countries", None).unwrap().dyn_into().unwrap();
    assert!(list.length() >= 30);
    let rec = app
        .record("country", "UAE", Some("2014-09-15".into()))
        .unwrap();
    assert_eq!(
        get(&get(&rec, "actor"), "id").as_string().as_deref(),
        Some("ARE")
    );
    assert!(js_sys::Array::is_array(&get(&rec, "participations")));
    assert_eq!(
        app.lookup("find", "Britain").unwrap().as_deref(),
        Some("GBR")
    );
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_panic() {
    let mut app = Coalition::new().unwrap();
    assert!(app.record("country", "Atlantis", None).is_err());
    assert!(app.list("moons", None).is_err());
    assert!(app.camera("moon", "zoom", Some(2.0), None, None).is_err());
    assert!(app.point_at("sea", 1.0, 1.0).is_err());
    assert!(app.list("countries", Some("2014-13-01".into())).is_err());
    assert!(app.set_date(Some("yesterday".into())).is_err());
    assert!(app.select(Some("XXZ".into())).is_err());
    // Still alive after the errors.
    assert!(app.list("countries", Some("2014-09-11".into())).is_ok());
}

#[wasm_bindgen_test]
fn draws_on_a_canvas_and_hit_tests_in_rust() {
    let mut app = Coalition::new().unwrap();
    let c = canvas();
    assert!(app.set_framing("moon").is_err());
    app.draw_map(&c, 800.0, 500.0, 2.0).unwrap();
    assert_eq!(
        (c.width(), c.height()),
        (1600, 1000),
        "backing store follows devicePixelRatio"
    );
    for code in ["FRA", "TUR", "IRN", "BHR"] {
        let p = app.locate("map", code).unwrap();
        let (x, y) = (
            get(&p, "x").as_f64().unwrap(),
            get(&p, "y").as_f64().unwrap(),
        );
        let under = app.point_at("map", x, y).unwrap();
        assert_eq!(get(&under, "code").as_string().as_deref(), Some(code));
    }
    assert!(app.point_at("map", f64::NAN, 3.0).unwrap().is_undefined());
    // The timeline is the third module's: it is not the first module's target any more.
    assert!(app.point_at("timeline", 1.0, 1.0).is_err());
}

/// The timeline's module, as the page joins it to the first (www/coalition.js): the dataset as
/// the first module's `pack()`, the view as its `query()`; what a gesture changes goes back.
#[wasm_bindgen_test]
fn the_timeline_module_draws_hit_tests_and_hands_changes_back() {
    let mut app = Coalition::new().unwrap();
    let mut tl = Timeline::new(&app.pack()).unwrap();
    assert!(
        Timeline::new(b"not a pack").is_err(),
        "an error, not a panic"
    );
    tl.set_view(&app.query(), "light", None).unwrap();
    assert!(tl.set_view("", "purple", None).is_err());
    let t = canvas();
    let h = tl.draw(&t, 700.0, 1.0).unwrap();
    assert!(h > 150.0 && h < 800.0, "timeline height {h}");
    // Something was drawn: not every pixel of the timeline equals the first.
    let ctx: web_sys::CanvasRenderingContext2d =
        t.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = ctx.get_image_data(0.0, 0.0, 700.0, h).unwrap().data();
    let first = [data[0], data[1], data[2]];
    assert!(data.chunks(4).any(|p| [p[0], p[1], p[2]] != first));
    // An item is where `locate` says, and the hit there selects it through the first module.
    let p = tl.locate("paris-conference").unwrap();
    let (x, y) = (
        get(&p, "x").as_f64().unwrap(),
        get(&p, "y").as_f64().unwrap(),
    );
    let hit = tl.point_at("timeline", x, y).unwrap();
    let key = get(&hit, "key").as_string().unwrap();
    let day = get(&hit, "day").as_string();
    assert_eq!(
        app.select_item(Some(key), day, None).unwrap().as_deref(),
        Some("2014-09-15")
    );
    assert_eq!(
        app.view()
            .map(|v| get(&v, "item").as_string())
            .unwrap()
            .as_deref(),
        Some("paris-conference")
    );
    // A step is the next item's key; the window a zoom makes goes back as the view's `window`.
    tl.set_view(&app.query(), "dark", None).unwrap();
    assert!(tl.step("next").unwrap().is_some());
    assert!(tl.step("sideways").is_err());
    let w = tl.camera("zoom", Some(2.0), Some(350.0)).unwrap();
    let window = w.as_string().expect("a zoom moves the window");
    app.set_view(js_sys::JSON::parse(&format!("{{\"window\":\"{window}\"}}")).unwrap())
        .unwrap();
    assert!(app.query().contains("window="));
    assert!(tl.camera("roll", None, None).is_err());
    // A new dataset is handed over as the first module's pack again.
    tl.load(&app.pack()).unwrap();
    assert!(tl.load(b"nope").is_err());
}

#[wasm_bindgen_test]
fn the_view_round_trips_through_a_query_string_and_exports_work() {
    let mut app = Coalition::new().unwrap();
    let notices: js_sys::Array = app
        .apply_query("country=UAE&date=2014-09-11&framing=world&bogus=1&item=nope")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(notices.length(), 1, "only the unknown item is reported");
    assert_eq!(app.query(), "country=ARE&date=2014-09-11&framing=world");
    // The SVGs are drawn by the second module from the first module's dataset, view and theme.
    let pack = app.pack();
    let svg = tools::map_svg(&pack, &app.query(), "light", 640, 400).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("Status on 11 Sept 2014"));
    assert!(tools::timeline_svg(&pack, &app.query(), "light", 640)
        .unwrap()
        .contains("Conference"));
    // The CSV and the JSON download are written by the second module from the first's pack.
    assert!(tools::csv(&pack).unwrap().starts_with("section,id,actor"));
    let json = tools::json(&pack).unwrap();
    assert!(json.contains("\"participations\""));
    assert!(
        tools::json(b"not a pack").is_err(),
        "a bad pack is an error, not a panic"
    );
    // The export is a dataset the page can load back, unchanged: the second module validates and
    // packs it, the first loads the pack.
    let before = app.list("countries", None).unwrap();
    let checked = tools::check_dataset(&json).unwrap();
    let pack: js_sys::Uint8Array = get(&checked, "pack").dyn_into().unwrap();
    let loaded = app.load_packed(&pack.to_vec()).unwrap();
    let ok = js_sys::Reflect::get(&loaded, &"ok".into()).unwrap();
    assert_eq!(ok.as_bool(), Some(true), "exported JSON loads back");
    assert_eq!(
        js_sys::JSON::stringify(&app.list("countries", None).unwrap()).unwrap(),
        js_sys::JSON::stringify(&before).unwrap()
    );
}

#[wasm_bindgen_test]
fn long_texts_are_in_the_texts_file_and_a_brought_dataset_keeps_its_own() {
    let stringify = |v: JsValue| js_sys::JSON::stringify(&v).unwrap().as_string().unwrap();
    let mut app = Coalition::new().unwrap();
    // The embedded dataset's long texts are marks, numbered for the texts file (www/texts.js).
    let conferences = stringify(app.list("conferences", None).unwrap());
    assert!(conferences.contains('\u{E000}') && !conferences.contains("President Obama's"));
    // The downloads hold every text as the data files give it (the second module's whole pack).
    let json = tools::json(&app.pack()).unwrap();
    assert!(!json.contains('\u{E000}'));
    assert!(json.contains("a coalition against ISIL (000)."));
    // A brought dataset (here the same, exported) keeps its texts in its own pack: the page shows
    // their reader's edition (citations by source name), the download gives them as they came.
    let checked = tools::check_dataset(&json).unwrap();
    let pack: js_sys::Uint8Array = get(&checked, "pack").dyn_into().unwrap();
    app.load_packed(&pack.to_vec()).unwrap();
    let shown = stringify(app.list("conferences", None).unwrap());
    assert!(!shown.contains('\u{E000}'));
    assert!(shown.contains("a coalition against ISIL (Infogalactic)."));
    assert!(!shown.contains("ISIL (000)"));
    assert_eq!(tools::json(&app.pack()).unwrap(), json);
}
