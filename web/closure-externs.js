// closure-externs.js — property names Closure (emcc --closure 1, preset web-release) must never rename, because
// code outside wams.js reads them: the browser tests (web/tests/*.mjs) read Module.wamsFiles.unsaved,
// Module.wamsLastDownload.{name,mime,text} and Module.wamsLastCopy, all set by web/js/casefile.js; the wipe
// (shell/app/privacy_ui.cpp EM_ASM) calls window.wamsMirrorClear, set by web/js/mirror.js. Passed with
// --closure-args=--externs=… by shell/app/CMakeLists.txt. Declarations only; nothing here runs.
/** @externs */

/** @const */
var WamsModuleExterns = {};
/** @type {*} */ WamsModuleExterns.wamsFiles;
/** @type {*} */ WamsModuleExterns.wamsLastDownload;
/** @type {*} */ WamsModuleExterns.wamsLastCopy;
/** @type {*} */ WamsModuleExterns.unsaved;
/** @type {*} */ WamsModuleExterns.deliver;
/** @type {*} */ WamsModuleExterns.deliverBytes;
/** @type {*} */ WamsModuleExterns.readFile;
/** @type {*} */ WamsModuleExterns.input;
/** @type {*} */ WamsModuleExterns.name;
/** @type {*} */ WamsModuleExterns.mime;
/** @type {*} */ WamsModuleExterns.text;
/** @type {*} */ WamsModuleExterns.wamsMirrorClear;
