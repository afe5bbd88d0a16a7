// The element from the npm package in an app bundled by esbuild, which does not copy the files a
// module names with new URL('…', import.meta.url): the host copies the package's .wasm files and
// stylesheet to /vendor/coalition-map/ and says so with setAssetBase, right after the import.
import { setAssetBase } from 'coalition-map';
import 'coalition-map/element';

setAssetBase('/vendor/coalition-map/');
