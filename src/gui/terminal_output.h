// Text for the person who started the desktop application from a terminal, such as its --version (the
// platform corner: on Windows a windowed program has no standard output of its own).
#pragma once
#include <string>

namespace hs::gui {
// Writes UTF-8 `text` to standard output when that leads somewhere (a terminal, a file, a pipe); else, on Windows,
// to the console of the command prompt the program was started from. False when it could not be written.
bool write_to_terminal(const std::string& text);
} // namespace hs::gui
