#pragma once
// The start page shown instead of the list while there is nothing to list: it says what to do first and offers
// exactly that (the offers are the core's start_offers).
#include "frontend/main_list.h"

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include <functional>
#include <map>

namespace hs::gui {

class StartPanel : public wxPanel {
public:
    explicit StartPanel(wxWindow* parent);
    void set_offers(const std::vector<StartOffer>& offers);
    wxButton* button(StartOffer offer) { return buttons_.at(offer); }
    std::function<void(StartOffer)> on_offer;

private:
    wxStaticText* text_ = nullptr;
    std::map<StartOffer, wxButton*> buttons_;
};

} // namespace hs::gui
