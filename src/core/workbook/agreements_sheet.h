#pragma once
// The team's agreements in the trend workbook: the "Afspraken" sheet (every agreement beside the change of its
// dimension since the round it was made after) and the open agreements that head the coaching sheet.
#include "analysis/agreement_followup.h"
#include "workbook/xlsx_writer.h"

#include <string>
#include <vector>

namespace hs::wb {

// Every agreement, one row each, from the top of `ws`.
void write_agreements_sheet(XlsxWriter& x, lxw_worksheet* ws, const TeamTrend& trend,
                            const std::vector<AgreementFollowUp>& agreements, const std::string& lang);

// The open agreements (overdue first) as a block from `row` on; returns the first free row after it (after a
// blank one). Writes nothing and returns `row` when there are none.
int write_open_agreements(XlsxWriter& x, lxw_worksheet* ws, int row, const TeamTrend& trend,
                          const std::vector<AgreementFollowUp>& agreements, const std::string& lang);

} // namespace hs::wb
