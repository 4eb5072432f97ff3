#pragma once

#include <framewise/scan/server_files.hpp>

#include <string>
#include <string_view>

namespace framewise::scan {

// The servers a Python script starts itself (`python main.py`, `python -m
// app` for app.py or app/__main__.py), read as text,
// never run. Each call below becomes the command line that starts the same
// server, placed at the call, so that one analysis (find_servers) reads both:
//   uvicorn.run(...)                              -> uvicorn
//   hypercorn.asyncio.serve(...), .trio.serve     -> hypercorn
//   waitress.serve(...)                           -> waitress-serve
//   APP.run(...), APP = flask.Flask(...)          -> flask run (Werkzeug's development server)
// Names are resolved through the script's imports (`import uvicorn as uv`,
// `from waitress import serve`, `from flask import Flask`), wherever in the
// file they are; a call through any other name is not a server. An unclosed
// string or bracket is an error at its place.
ServerFileRead read_python_script(std::string_view text, const std::string& path);

} // namespace framewise::scan
