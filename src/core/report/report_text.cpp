// Words for numbers in the reports' sentences.
#include "report/report_text.h"

#include "common/i18n.h"

namespace hs::report {

const char* agreement_msgid(double rwg)
{
    if (rwg >= 0.7)
        return N_("the team largely agrees");
    if (rwg >= 0.5)
        return N_("views differ somewhat");
    return N_("views differ widely");
}

} // namespace hs::report
