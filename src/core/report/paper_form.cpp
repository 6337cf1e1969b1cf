// Paper forms: each copy starts on a new page with its number; statements are numbered across the questionnaire.
#include "report/paper_form.h"

#include "common/file_io.h"
#include "common/i18n.h"
#include "common/message_catalogue.h"
#include "common/records.h"
#include "report/page_flow.h"

#include <stdexcept>

namespace hs::report {

namespace {

const TextStyle kBody{9, false, chart::kInk};
const TextStyle kSmall{7, false, chart::kMuted};
const TextStyle kBold{9, true, chart::kInk};
constexpr double kBox = 9;      // side of an answer box
constexpr double kColumn = 26;  // width of one answer column

class PaperForm {
public:
    PaperForm(const Questionnaire& q, const PaperFormOptions& options)
        : q_(q), options_(options), text_(MessageCatalogue::for_language(options.language))
    {
    }

    std::string build()
    {
        const std::string title = q_.title.in(options_.language);
        PdfDocument doc(title, text_.translate(N_("Paper form")));
        for (int copy = 0; copy < options_.copies; ++copy) {
            const std::string number = std::to_string(options_.first_number + copy);
            PageFlow flow(doc, title + " \xC2\xB7 " + text_.translate(N_("form %1"), {number}), text_.translate(N_("page")));
            form(flow, title, number);
        }
        return doc.finish();
    }

private:
    std::string lang() const { return options_.language; }

    void form(PageFlow& flow, const std::string& title, const std::string& number)
    {
        flow.start_page();
        auto& doc = flow.doc();
        const double right = flow.left() + flow.width();
        // The form number, boxed at the top right: the coordinator types it in with the answers.
        const std::string label = text_.translate(N_("form %1"), {number});
        const double w = doc.text_width(label, kBold) + 12;
        doc.frame(right - w, flow.y(), w, 18, chart::kInk, 0.8);
        doc.text(right - w / 2, flow.y() + 12.5, label, kBold, Anchor::Middle);
        flow.advance(24); // the title under the box, never through it
        flow.paragraph(title, {15, true, chart::kInk});
        flow.advance(6);
        blank(flow, text_.translate(N_("Team")), options_.team);
        blank(flow, text_.translate(N_("Round")), options_.round);
        if (q_.perspective == Perspective::Team)
            roles(flow); // clients and relatives have no role in the team (the entry grid asks none either)
        flow.advance(6);
        if (!q_.introduction.empty())
            flow.paragraph(q_.introduction.in(lang()), kBody);
        flow.paragraph(instruction(), kBold);
        int item_number = 0;
        for (const auto& part : q_.parts) {
            flow.heading(part.title.in(lang()), 2);
            for (auto d : part.dimensions) {
                const auto& dimension = q_.dimensions[d];
                const auto& scale = q_.scale_of(dimension);
                flow.ensure(60);
                column_heads(flow, dimension.title.in(lang()), scale);
                for (auto i : dimension.items)
                    statement(flow, ++item_number, q_.items[i], q_.scale_of(q_.items[i]));
            }
            remark_area(flow, part.title.in(lang()));
        }
        flow.advance(10);
        flow.paragraph(thanks(), kBody);
    }

    // The last line, in the words each group's introduction uses for who does not see the answers.
    std::string thanks() const
    {
        switch (q_.perspective) {
        case Perspective::Team: return text_.translate(N_("Thank you. Hand in the form folded; nobody in the team sees your answers."));
        case Perspective::Client:
            return text_.translate(N_("Thank you. Hand in the form folded; your support workers do not see your answers."));
        case Perspective::Relative: break;
        }
        return text_.translate(N_("Thank you. Hand in the form folded; the team does not see your answers, only the results of a group together."));
    }

    void blank(PageFlow& flow, const std::string& label, const std::string& value)
    {
        flow.advance(16);
        flow.doc().text(flow.left(), flow.y(), label + ":", kBody);
        if (value.empty())
            flow.doc().line(flow.left() + 60, flow.y() + 2, flow.left() + 260, flow.y() + 2, chart::kMuted, 0.5);
        else
            flow.doc().text(flow.left() + 60, flow.y(), value, kBold);
    }

    void roles(PageFlow& flow)
    {
        flow.advance(16);
        auto& doc = flow.doc();
        double x = flow.left();
        doc.text(x, flow.y(), text_.translate(N_("My role")) + ":", kBody);
        x += 60;
        for (auto role : all_roles()) {
            if (role == Role::Unspecified)
                continue;
            doc.frame(x, flow.y() - kBox + 1, kBox, kBox, chart::kInk);
            const std::string name = text_.translate(role_msgid(role));
            doc.text(x + kBox + 3, flow.y(), name, kBody);
            x += kBox + 12 + doc.text_width(name, kBody);
        }
    }

    // One cross per statement. The introductions of the shipped versions say when to choose "n.v.t." or "weet niet"
    // in their own words; a questionnaire without one gets it here, with its own scale's words. Colleagues are
    // addressed as colleagues ("je" in Dutch), clients and relatives politely ("u"), as in their introductions.
    std::string instruction() const
    {
        const bool team = q_.perspective == Perspective::Team;
        if (!q_.introduction.empty())
            return team ? text_.translate(N_("Put one cross per statement.")) : text_.translate(N_("Put one cross for each sentence."));
        std::string not_applicable = "n.v.t.", dont_know = "?";
        for (const auto& scale : q_.scales) {
            if (scale.allows_not_applicable && !scale.not_applicable_label.empty())
                not_applicable = scale.not_applicable_label.in(lang());
            if (scale.allows_dont_know && !scale.dont_know_label.empty())
                dont_know = scale.dont_know_label.in(lang());
        }
        return team ? text_.translate(N_("Put one cross per statement. Choose \"%1\" when a statement does not apply to your work, "
                                         "and \"%2\" when you cannot judge it."),
                                      {not_applicable, dont_know})
                    : text_.translate(N_("Put one cross for each sentence. Choose \"%1\" when a sentence does not apply to you, "
                                         "and \"%2\" when you cannot judge it."),
                                      {not_applicable, dont_know});
    }

    // Each answer column as wide as the longest word of its head, at least kColumn: "past niet bij mij" is
    // written over lines, never cut.
    std::vector<double> widths(PdfDocument& doc, const Scale& scale) const
    {
        std::vector<double> out;
        for (const auto& label : heads(scale)) {
            double w = kColumn;
            std::size_t start = 0;
            while (start < label.size()) {
                const std::size_t end = std::min(label.find(' ', start), label.size());
                w = std::max(w, doc.text_width(label.substr(start, end - start), kSmall) + 12);
                start = end + 1;
            }
            out.push_back(w);
        }
        return out;
    }

    std::vector<std::string> heads(const Scale& scale) const
    {
        std::vector<std::string> out;
        for (const auto& point : scale.points)
            out.push_back(std::to_string(point.value));
        if (scale.allows_not_applicable)
            out.push_back(scale.not_applicable_label.empty() ? "n.v.t." : scale.not_applicable_label.in(lang()));
        if (scale.allows_dont_know)
            out.push_back(scale.dont_know_label.empty() ? "?" : scale.dont_know_label.in(lang()));
        return out;
    }

    // Where the answer columns of these widths begin: they end at the right margin.
    static double answers_left(PageFlow& flow, const std::vector<double>& widths)
    {
        double total = 0;
        for (double w : widths)
            total += w;
        return flow.left() + flow.width() - total;
    }

    void column_heads(PageFlow& flow, const std::string& title, const Scale& scale)
    {
        auto& doc = flow.doc();
        const auto labels = heads(scale);
        const auto w = widths(doc, scale);
        std::vector<std::vector<std::string>> lines;
        std::size_t most = 1;
        for (std::size_t c = 0; c < labels.size(); ++c) {
            lines.push_back(doc.wrap(labels[c], w[c], kSmall));
            most = std::max(most, lines.back().size());
        }
        const double line = kSmall.size * kLineFactor;
        flow.ensure(14 + static_cast<double>(most - 1) * line + 40); // the heads stay with the first statement
        flow.advance(14 + static_cast<double>(most - 1) * line);
        double x = answers_left(flow, w);
        doc.text(flow.left(), flow.y(), doc.fit(title, x - flow.left() - 6, kBold), kBold);
        for (std::size_t c = 0; c < labels.size(); ++c) {
            // Lines of a head end on the row's baseline.
            double y = flow.y() - static_cast<double>(lines[c].size() - 1) * line;
            for (const auto& text : lines[c]) {
                doc.text(x + w[c] / 2, y, text, kSmall, Anchor::Middle);
                y += line;
            }
            x += w[c];
        }
        // The scale's words once per theme: what 1 and the highest point mean.
        flow.advance(10);
        const std::string legend = std::to_string(scale.min_value()) + " = " + scale.points.front().label.in(lang()) +
                                   "   " + std::to_string(scale.max_value()) + " = " + scale.points.back().label.in(lang());
        doc.text(flow.left(), flow.y(), legend, kSmall);
        flow.advance(2);
    }

    void statement(PageFlow& flow, int number, const Item& item, const Scale& scale)
    {
        auto& doc = flow.doc();
        const auto w = widths(doc, scale); // measured once per statement, not per use
        const double left = answers_left(flow, w);
        const double text_width = left - flow.left() - 22;
        const auto lines = doc.wrap(item.text.in(lang()), text_width, kBody);
        const double line = kBody.size * kLineFactor;
        const double height = std::max(static_cast<double>(lines.size()) * line, kBox + 4) + 5;
        flow.ensure(height);
        double y = flow.y() + 3;
        doc.text(flow.left(), y + line - 2, std::to_string(number) + ".", kBold);
        for (const auto& text : lines) {
            y += line;
            doc.text(flow.left() + 22, y - 2, text, kBody);
        }
        double x = left;
        for (double column : w) {
            doc.frame(x + (column - kBox) / 2, flow.y() + 5, kBox, kBox, chart::kInk);
            x += column;
        }
        flow.advance(height);
        doc.line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), chart::kGrid, 0.4);
    }

    void remark_area(PageFlow& flow, const std::string& part_title)
    {
        constexpr double kHeight = 70;
        flow.ensure(kHeight + 24);
        flow.advance(14);
        flow.doc().text(flow.left(), flow.y(), flow.doc().fit(text_.translate(N_("Remarks on \"%1\" (optional)"), {part_title}), flow.width(), kBold), kBold);
        flow.advance(4);
        flow.doc().frame(flow.left(), flow.y(), flow.width(), kHeight, chart::kMuted, 0.5);
        flow.advance(kHeight + 6);
    }

    const Questionnaire& q_;
    const PaperFormOptions& options_;
    const MessageCatalogue& text_;
};

} // namespace

std::string paper_form_pdf(const Questionnaire& questionnaire, const PaperFormOptions& options)
{
    if (options.copies < 1 || options.copies > 1000)
        throw std::invalid_argument(tr(N_("The number of forms must be between 1 and 1000.")));
    return PaperForm(questionnaire, options).build();
}

void write_paper_form(const Questionnaire& questionnaire, const std::string& path, const PaperFormOptions& options)
{
    write_file_atomically(path, paper_form_pdf(questionnaire, options));
}

} // namespace hs::report
