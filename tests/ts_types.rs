//! The TypeScript declarations of what the JS API returns, generated from the Rust types (ts-rs,
//! feature `ts`): `src/web/types.ts`, which the wasm build appends to the package's `.d.ts` and
//! against which `tsc --checkJs` checks the page's JavaScript (scripts/check.sh). This test fails
//! when the file no longer matches the Rust types; `UPDATE_TYPES=1 cargo test --features ts --test
//! ts_types` writes it anew.

#![cfg(feature = "ts")]

use std::collections::BTreeMap;

use coalition_map::{api_types, frame, model, query, view, voice};
use ts_rs::{TypeVisitor, TS};

/// Every declared type reachable from the roots, by name: its JSDoc and `export type …`.
#[derive(Default)]
struct Collect(BTreeMap<String, String>);

impl TypeVisitor for Collect {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Only types with a declaration of their own (derived ones): not strings, numbers, arrays.
        if T::output_path().is_none() || self.0.contains_key(&T::ident()) {
            return;
        }
        let docs = T::docs().map(|d| format!("{d}\n")).unwrap_or_default();
        let decl = interface(&T::decl());
        self.0.insert(T::ident(), format!("{docs}export {decl}"));
        T::visit_dependencies(self);
    }
}

/// `type X = { … };` as `interface X { … }` when the whole right side is one object type: the form
/// TypeScript users (and the package's tests) expect of a record's shape. Unions stay types.
fn interface(decl: &str) -> String {
    let Some((head, body)) = decl.split_once(" = ") else {
        return decl.to_string();
    };
    let Some(name) = head.strip_prefix("type ") else {
        return decl.to_string();
    };
    let Some(object) = body.strip_suffix(';') else {
        return decl.to_string();
    };
    // One object: its first brace closes at its very end.
    let mut depth = 0i32;
    let mut closes_at = None;
    for (i, c) in object.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    closes_at = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    if object.starts_with('{') && closes_at == Some(object.len() - 1) && !name.contains('<') {
        format!("interface {name} {object}")
    } else {
        decl.to_string()
    }
}

fn generated() -> String {
    let mut c = Collect::default();
    // The roots: what a `Coalition` method returns or takes (see the unchecked_return_type and
    // unchecked_param_type attributes in src/web/api/); their field types follow by themselves.
    c.visit::<query::ActorSummary<'static>>();
    c.visit::<query::ActorRecord<'static>>();
    c.visit::<query::ConferenceView<'static>>();
    c.visit::<query::TimelineItem<'static>>();
    c.visit::<query::TableRow<'static>>();
    c.visit::<query::stories::StoryView<'static>>();
    c.visit::<voice::Labels>();
    c.visit::<model::Dataset>();
    c.visit::<view::ViewPatch>();
    c.visit::<api_types::View>();
    c.visit::<frame::Frame>();
    c.visit::<api_types::Hover>();
    c.visit::<api_types::Point>();
    c.visit::<api_types::LoadResult>();
    c.visit::<api_types::TimelineHit<'static>>();
    c.visit::<api_types::RecordTotals>();
    c.visit::<api_types::LegendToggle>();
    c.visit::<api_types::ThemeInfo>();
    let mut out = String::from(
        "// Generated from the Rust types by tests/ts_types.rs (ts-rs): do not edit. The JS API's\n\
         // results and arguments; src/web/types.rs appends this file to the package's .d.ts.\n\n",
    );
    for decl in c.0.values() {
        out.push_str(decl);
        out.push_str("\n\n");
    }
    out
}

#[test]
fn the_typescript_declarations_match_the_rust_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/web/types.ts");
    let fresh = generated();
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(path, &fresh).expect("write src/web/types.ts");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == fresh,
        "src/web/types.ts is stale: run `UPDATE_TYPES=1 cargo test --features ts --test ts_types`"
    );
}
