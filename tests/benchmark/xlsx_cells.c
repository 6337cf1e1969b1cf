/* Baseline for the benchmark: writes a list of cells (from a workbook the program wrote, dumped by
 * dump_cells.py) with libxlsxwriter alone, one format per kind of cell, so the team trend export can be compared
 * with the cost of writing the same cells directly. usage: hs-bench-xlsx-cells CELLS.tsv OUT.xlsx
 * CELLS.tsv: "sheet <name>" lines, then "row<TAB>col<TAB>n|s<TAB>value" lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: hs-bench-xlsx-cells CELLS.tsv OUT.xlsx\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    if (!in)
        return 1;
    lxw_workbook *wb = workbook_new(argv[2]);
    lxw_format *number = workbook_add_format(wb);
    format_set_num_format(number, "0.00");
    lxw_format *text = workbook_add_format(wb);
    format_set_text_wrap(text);
    lxw_worksheet *ws = NULL;
    static char line[65536];
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "sheet ", 6) == 0) {
            ws = workbook_add_worksheet(wb, line + 6);
            continue;
        }
        char *row = strtok(line, "\t"), *col = strtok(NULL, "\t"), *kind = strtok(NULL, "\t"), *value = strtok(NULL, "");
        if (!ws || !row || !col || !kind || !value)
            continue;
        if (*kind == 'n')
            worksheet_write_number(ws, (lxw_row_t)atoi(row), (lxw_col_t)atoi(col), strtod(value, NULL), number);
        else
            worksheet_write_string(ws, (lxw_row_t)atoi(row), (lxw_col_t)atoi(col), value, text);
    }
    fclose(in);
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
