// The user guide window and the licence text; see user_guide.h.
#include "user_guide.h"

#include "translations.h"

#include <wx/file.h>
#include <wx/filename.h>
#include <wx/html/htmlwin.h>
#include <wx/sizer.h>
#include <wx/stdpaths.h>

namespace hs::gui {

namespace {
wxString first_existing(const wxString& relative)
{
    const wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
#ifdef __WXMSW__
    const wxString installed = exe.GetPath(); // the installer puts docs\ and LICENSE.txt next to the program
#else
    const wxString installed = exe.GetPath() + "/../share/herstelspiegel";
#endif
    for (const wxString& dir : {installed, wxString(HS_SOURCE_TREE)}) {
        wxFileName f(dir + "/" + relative);
        f.Normalize(wxPATH_NORM_DOTS | wxPATH_NORM_ABSOLUTE);
        if (f.FileExists())
            return f.GetFullPath();
    }
    return wxString();
}
} // namespace

wxString user_guide_path(const std::string& lang)
{
    wxString path = first_existing("docs/guide/" + u8(lang) + "/index.html");
    return path.empty() ? first_existing("guide/nl/index.html") : path;
}

wxFrame* show_user_guide(wxWindow* parent, const std::string& lang)
{
    const wxString path = user_guide_path(lang);
    if (path.empty())
        return nullptr;
    auto* frame = new wxFrame(parent, wxID_ANY, _("Herstelspiegel - user guide"), wxDefaultPosition,
                              parent ? parent->FromDIP(wxSize(760, 640)) : wxSize(760, 640));
    auto* html = new wxHtmlWindow(frame, wxID_ANY);
    html->SetName(_("User guide"));
    html->SetStandardFonts(frame->GetFont().GetPointSize());
    html->LoadFile(wxFileName(path));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(html, wxSizerFlags(1).Expand());
    frame->SetSizer(sizer);
    frame->Show();
    return frame;
}

wxString licence_text()
{
    const wxString path = first_existing("LICENSE");
    wxString text;
    if (!path.empty()) {
        wxFile f(path);
        if (f.IsOpened())
            f.ReadAll(&text, wxConvUTF8);
    }
    return text; // empty while the project has no LICENSE file: About then shows none rather than a made-up one
}

} // namespace hs::gui
