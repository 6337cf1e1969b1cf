#pragma once
// The user guide (docs/guide/<lang>/index.html) in a window of its own, and the licence text for About.
#include <wx/frame.h>
#include <wx/string.h>

#include <string>

namespace hs::gui {

// Where the guide's start page is: next to the installed program, else in the source tree (developers, tests).
// Empty when it is not found. Dutch is the fallback for a language without a guide.
wxString user_guide_path(const std::string& lang);
// Opens the guide in a window; returns it, or nullptr when the guide is not found.
wxFrame* show_user_guide(wxWindow* parent, const std::string& lang);
// The licence as About shows it: the LICENSE file installed with the program (or in the source tree); empty
// when there is none.
wxString licence_text();

} // namespace hs::gui
