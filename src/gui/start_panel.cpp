// The start page for an empty database; see start_panel.h.
#include "start_panel.h"

#include <wx/sizer.h>

namespace hs::gui {

StartPanel::StartPanel(wxWindow* parent) : wxPanel(parent)
{
    auto* title = new wxStaticText(this, wxID_ANY, _("Welcome to Herstelspiegel"));
    title->SetFont(title->GetFont().Scaled(1.4f).Bold());
    text_ = new wxStaticText(this, wxID_ANY, wxString());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(title, wxSizerFlags().Border(wxBOTTOM, 10));
    sizer->Add(text_, wxSizerFlags().Border(wxBOTTOM, 14));
    const std::pair<StartOffer, wxString> offers[] = {
        {StartOffer::NewRound, _("Open the first &round...")},
        {StartOffer::AddTeam, _("Add a &team...")},
        {StartOffer::Import, _("&Import answers from another computer...")},
        {StartOffer::Demo, _("Try it with &example data")},
    };
    for (const auto& [offer, label] : offers) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->Bind(wxEVT_BUTTON, [this, offer = offer](wxCommandEvent&) { if (on_offer) on_offer(offer); });
        sizer->Add(b, wxSizerFlags().Border(wxBOTTOM, 8));
        buttons_[offer] = b;
    }
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(sizer, wxSizerFlags(1).Border(wxALL, 24));
    SetSizer(outer);
}

void StartPanel::set_offers(const std::vector<StartOffer>& offers)
{
    auto offered = [&](StartOffer o) { return std::find(offers.begin(), offers.end(), o) != offers.end(); };
    for (auto& [offer, button] : buttons_)
        button->Show(offered(offer));
    text_->SetLabel(offered(StartOffer::NewRound)
        ? _("This database is still empty. Start by opening a measurement round: the teams then fill in the "
            "questionnaire in that round. Answers collected on another computer can be imported. Or first look "
            "around in a made-up organisation (it is kept in a database of its own; yours stays empty).")
        : _("There is a round, but no team yet. Add the teams that take part, or import their answers."));
    text_->Wrap(FromDIP(600));
    Layout();
}

} // namespace hs::gui
