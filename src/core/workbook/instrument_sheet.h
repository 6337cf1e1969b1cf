#pragma once
// The "questionnaire quality" sheet: the instrument report of one round (analysis/instrument.h) as tables, with
// advice in plain Dutch or English for the people who maintain the questionnaire. A sheet of the organisation
// workbook, and a workbook of its own for `herstelspiegel-cli instrument-report`.
#include "analysis/instrument.h"
#include "workbook/workbooks.h"
#include "workbook/xlsx_writer.h"

#include <string>

namespace hs {

// Writes from row 0 down, every row once and in order (so it works in constant-memory mode).
void write_instrument_sheet(XlsxWriter& x, lxw_worksheet* ws, const InstrumentReport& report, const std::string& round_label,
                            int threshold, const std::string& lang);

// The advice for a statement or a dimension, in `lang` ("nl" or "en"), one sentence per advice code.
std::string instrument_advice_text(const InstrumentReport& report, const ItemQuality& item, const std::string& lang);
std::string instrument_advice_text(const DimensionQuality& dimension, const std::string& lang);

// A workbook with only that sheet, for one round. Threshold and language default to the built-in organisation
// report's. Throws FileRefused (unwritable path) or StoreError.
void export_instrument_report(Store& store, RowId round, const std::string& path, const ExportSettings& settings = {});

} // namespace hs
