// What a window shows in words: the labels of its visible controls, where they are on the screen, its menus, its
// lists' headings and first rows, its status bar. Written on request (--describe) so a test can compare the texts
// with what a capture of the real screen shows there (packaging/windows/test_gui.sh under Wine).
#pragma once
#include <wx/string.h>
#include <wx/toplevel.h>

namespace hs::gui {
// One line per item, fields separated by tabs, ending with "end":
//   frame <x y w h of the client area on the screen> <x y w h of the whole window> <title>
//   menu <title>
//   <kind> <x y w h on the screen> <enabled|disabled> <label>   kind: button, text, check, choice, entry, list
//   column <heading> / row <cell>... (a list's first visible rows) / status <text>
wxString describe_window(wxTopLevelWindow* window);
// Writes describe_window() to `path` as UTF-8, complete or not at all (a test polls for the file); false on failure.
bool write_window_description(wxTopLevelWindow* window, const wxString& path);
} // namespace hs::gui
