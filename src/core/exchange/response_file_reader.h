#pragma once
// The portable file's reader (response_file_reader.cpp) as the segmented reading (response_file_segments.cpp) uses
// it: the file, or a piece of it held in memory, read and checked with the same rules. Private to the exchange wing.
#include "exchange/response_file.h"

#include <string>
#include <string_view>

namespace hs::exchange_detail {

// Reads the whole file from disk: read_response_file as it always was, on one thread.
void read_whole_file(const std::string& path, ResponseFileSink& sink);

// Reads the start of a file: `text` is its first bytes, up to (not including) the `<response` where the next piece
// begins. Read as if the root element were closed there. FileRefused when anything is wrong, as for a whole file.
void read_file_start(const std::string& path, std::string_view text, ResponseFileSink& sink);

// Reads a later piece, from a `<response` tag up to the next piece (or to the end of the file when `last`), as if
// it stood in the root element of a file whose start held `header`. Every problem makes it throw FileRefused at
// once, with a message but no reliable line: the caller reads the file from its start again for the messages.
void read_file_piece(const std::string& path, const ResponseFileHeader& header, std::string_view text, bool last,
                     ResponseFileSink& sink);

// Reads a file in pieces of about `piece_bytes`, several at a time on threads of their own, and hands what they read to
// `sink` in file order: the same events as read_whole_file, and for a refused file the same FileRefused after
// the file's first responses (more or fewer of them, as cuts and chunks fall). Any problem in a piece (and a cut
// that turns out not to lie between two elements of the root) reads the file again from its start and passes on
// only what was not passed on before. False when it had to read the file again (for the tests, which cut
// files into tiny pieces).
bool read_file_in_pieces(const std::string& path, ResponseFileSink& sink, std::size_t piece_bytes);

} // namespace hs::exchange_detail
