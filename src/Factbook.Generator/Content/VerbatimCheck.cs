using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Kinds;
using Factbook.Generator.Model;

namespace Factbook.Generator.Content
{
    /// <summary>
    /// A text file of the project that a document names (a field of type <c>file</c>): its path, and its text as it
    /// is searched, whitespace normalised (<see cref="VerbatimCheck.Normalise"/>) and word boundaries marked
    /// (<see cref="WordBoundaries.Mark"/>), made once when the file is read rather than on every check; or null,
    /// with why it could not be read.
    /// </summary>
    internal sealed record SourceTextFile(string Path, string? MarkedText, string Problem = "");

    /// <summary>
    /// Checks that every quote and excerpt (a field marked <c>verbatim_in</c>) occurs word for word in the text of
    /// the document it cites: whitespace normalised, nothing else, from a word boundary to a word boundary
    /// (<see cref="WordBoundaries"/>). A text that is not among the project's files
    /// (an article that is not ours to redistribute) is not a failure: the build says once that quotes were not
    /// checked. One pass over each text, whatever the number of quotes (<see cref="TextSearch"/>).
    /// </summary>
    internal static class VerbatimCheck
    {
        /// <summary>
        /// The most characters of distinct quotes one text is searched for. The search keeps a node per character,
        /// so this bounds its memory (to tens of megabytes); quotes past it are counted as not checked.
        /// </summary>
        public const int MaxQuotedChars = 2_000_000;

        /// <summary>The file names documents give, for choosing which of the project's files to read.</summary>
        public static EquatableArray<string> FileNames(IEnumerable<DocumentText> documents) =>
            documents.Select(document => document.FileName).Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray();

        /// <summary>Whether any document names the file at this path.</summary>
        public static bool IsNamed(string path, EquatableArray<string> fileNames) => fileNames.Any(name => FileKind.Names(name, path));

        /// <summary>Reads a named text file, within the same size limit as a YAML file.</summary>
        public static SourceTextFile Read(string path, Func<string?> read, int length, int maxChars)
        {
            if (length > maxChars)
            {
                return new SourceTextFile(path, null, "is larger than FactbookMaxFileChars (" + maxChars.ToString("N0", CultureInfo.InvariantCulture) + " characters)");
            }

            return read() is { } text ? new SourceTextFile(path, WordBoundaries.Mark(Normalise(text))) : new SourceTextFile(path, null, "could not be read");
        }

        /// <summary>Every run of whitespace (spaces, tabs, line breaks) as one space, none at either end.</summary>
        public static string Normalise(string text)
        {
            var builder = new StringBuilder(text.Length);
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        /// <param name="searched">Called with each text's path as it is searched; tests count the passes.</param>
        public static EquatableArray<DiagnosticInfo> Check(IEnumerable<Citation> citations, IEnumerable<DocumentText> documents, IReadOnlyList<SourceTextFile> texts, Action<string>? searched = null)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var documentsById = new Dictionary<(string Type, string Id), DocumentText>();
            foreach (var document in documents.OrderBy(document => document.Path, StringComparer.Ordinal).ThenBy(document => document.Span.Start))
            {
                if (!documentsById.ContainsKey((document.DocumentType, document.DocumentId)))
                {
                    documentsById.Add((document.DocumentType, document.DocumentId), document);
                }
            }

            var (textOf, ambiguous) = ResolveTexts(documentsById.Values, texts, diagnostics);
            var notChecked = new List<(Citation Citation, DocumentText Document, string Reason)>();
            // By path: a text's own hash would read all of it for every quote.
            var byText = new Dictionary<string, (SourceTextFile Text, List<(Citation Citation, DocumentText Document)> Citations)>(StringComparer.Ordinal);
            foreach (var citation in citations)
            {
                if (!documentsById.TryGetValue((citation.DocumentType, citation.DocumentId), out var document) || ambiguous.Contains(document))
                {
                    continue; // a missing document is reported at the reference, an ambiguous text at its name
                }

                var text = textOf[document];
                if (text?.MarkedText is null)
                {
                    notChecked.Add((citation, document, text is null ? "is not among the project's AdditionalFiles; add it there (or give it to 'factbook check --text') to check them" : text.Problem));
                    continue;
                }

                if (!byText.TryGetValue(text.Path, out var cited))
                {
                    byText[text.Path] = cited = (text, new List<(Citation, DocumentText)>());
                }

                cited.Citations.Add((citation, document));
            }

            // One pass per text, whatever the number of documents that name it.
            foreach (var pair in byText.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                var (within, beyond) = WithinBudget(pair.Value.Citations);
                notChecked.AddRange(beyond.Select(item => (item.Citation, item.Document, "is cited by more than " + MaxQuotedChars.ToString("N0", CultureInfo.InvariantCulture) + " characters of quotes, more than are searched for")));
                searched?.Invoke(pair.Key);
                CheckAgainst(pair.Value.Text.MarkedText!, within, diagnostics);
            }

            if (notChecked.Count > 0)
            {
                diagnostics.Add(NotChecked(notChecked));
            }

            var ordered = diagnostics
                .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Span.Start)
                .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
                .ToList();
            return DiagnosticLimit.InAll(DiagnosticLimit.PerFileOf(ordered)).ToEquatableArray();
        }

        /// <summary>
        /// The text file each document names: one of the project's files, or null when none matches; a name that
        /// matches several is FB0046, and its document is set apart.
        /// </summary>
        private static (Dictionary<DocumentText, SourceTextFile?> TextOf, HashSet<DocumentText> Ambiguous) ResolveTexts(IEnumerable<DocumentText> documents, IReadOnlyList<SourceTextFile> texts, List<DiagnosticInfo> diagnostics)
        {
            // A path the project gives twice is one file.
            var distinctTexts = texts.GroupBy(text => text.Path, StringComparer.Ordinal).Select(group => group.First()).OrderBy(text => text.Path, StringComparer.Ordinal).ToList();
            var textOf = new Dictionary<DocumentText, SourceTextFile?>();
            var ambiguous = new HashSet<DocumentText>();
            foreach (var document in documents)
            {
                var matches = distinctTexts.Where(text => FileKind.Names(document.FileName, text.Path)).ToList();
                if (matches.Count > 1)
                {
                    ambiguous.Add(document);
                    diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.TextFileAmbiguous, document.Path, document.Span, MessageText.Quote(document.FileName), string.Join(", ", matches.Take(3).Select(match => MessageText.QuoteEnd(match.Path)))));
                }

                textOf[document] = matches.Count == 1 ? matches[0] : null;
            }

            return (textOf, ambiguous);
        }

        /// <summary>The citations whose distinct texts fit in <see cref="MaxQuotedChars"/>, in the order written, and the rest.</summary>
        private static (List<(Citation Citation, DocumentText Document)> Within, List<(Citation Citation, DocumentText Document)> Beyond) WithinBudget(List<(Citation Citation, DocumentText Document)> citations)
        {
            var within = new List<(Citation, DocumentText)>();
            var beyond = new List<(Citation, DocumentText)>();
            var counted = new HashSet<string>(StringComparer.Ordinal);
            var total = 0L;
            foreach (var item in citations.OrderBy(item => item.Citation.Path, StringComparer.Ordinal).ThenBy(item => item.Citation.Span.Start))
            {
                if (counted.Add(item.Citation.Text))
                {
                    total += item.Citation.Text.Length;
                }

                (total <= MaxQuotedChars ? within : beyond).Add(item);
            }

            return (within, beyond);
        }

        /// <summary>
        /// Every quote must occur from word boundary to word boundary (<see cref="WordBoundaries"/>): both sides are
        /// searched with a marker at each boundary, so a plain search finds only whole-word quotes.
        /// </summary>
        private static void CheckAgainst(string markedText, List<(Citation Citation, DocumentText Document)> citations, List<DiagnosticInfo> diagnostics)
        {
            // Each distinct quote is searched for once, however often it is cited.
            var normalised = citations.Select(item => Normalise(item.Citation.Text)).ToList();
            var distinct = normalised.Distinct(StringComparer.Ordinal).ToList();
            var marked = distinct.Select(WordBoundaries.Mark).ToList();
            var found = TextSearch.LongestPrefixes(markedText, marked);
            var result = new Dictionary<string, (string Marked, int Found)>(StringComparer.Ordinal);
            for (var d = 0; d < distinct.Count; d++)
            {
                result[distinct[d]] = (marked[d], found[d]);
            }

            var missing = distinct.Where(quote => quote.Length == 0 || result[quote].Found < result[quote].Marked.Length).ToList();
            if (missing.Count == 0)
            {
                return;
            }

            // For a near miss, the most useful hint is whether only capitals or quotation marks differ. Folding keeps
            // letters letters and punctuation punctuation, so it leaves the boundaries where they are.
            var foldedFound = TextSearch.LongestPrefixes(Fold(markedText), missing.Select(quote => Fold(WordBoundaries.Mark(quote))).ToList());
            var onlyFoldDiffers = new HashSet<string>(missing.Where((quote, m) => foldedFound[m] == result[quote].Marked.Length), StringComparer.Ordinal);
            var failing = Enumerable.Range(0, citations.Count).Where(i => normalised[i].Length == 0 || result[normalised[i]].Found < result[normalised[i]].Marked.Length).ToList();
            foreach (var i in failing)
            {
                var (citation, document) = citations[i];
                var (quoteMarked, quoteFound) = result[normalised[i]];
                var hint = normalised[i].Length == 0 ? "; it is empty: write the words of the text it rests on"
                    : onlyFoldDiffers.Contains(normalised[i]) ? "; the text has it with other capitals or quotation marks (’ and ' differ): copy it from the text"
                    : Divergence(normalised[i], WordBoundaries.UnmarkedLengthToBoundary(quoteMarked, quoteFound));
                diagnostics.Add(DiagnosticInfo.Create(
                    FactbookDiagnostics.NotVerbatim,
                    citation.Path,
                    citation.Span,
                    citation.FieldName,
                    MessageText.Quote(normalised[i]),
                    document.DocumentType,
                    MessageText.Quote(document.DocumentId),
                    MessageText.Quote(document.FileName),
                    hint));
            }
        }

        /// <summary>"; the text has '…moved strategic' but goes on differently from 'air defense…'".</summary>
        private static string Divergence(string excerpt, int matched)
        {
            if (matched == 0)
            {
                return "; the text does not have its first word where a word starts";
            }

            var start = Math.Max(0, matched - 30);
            var wordStart = excerpt.IndexOf(' ', start);
            if (start > 0 && wordStart >= 0 && wordStart < matched)
            {
                start = wordStart + 1;
            }

            var end = SafeEnd(excerpt, Math.Min(excerpt.Length, matched + 30));
            start = start > 0 && char.IsLowSurrogate(excerpt[start]) ? start - 1 : start;
            var agreed = (start > 0 ? "..." : string.Empty) + excerpt.Substring(start, matched - start);
            var differs = excerpt.Substring(matched, end - matched) + (end < excerpt.Length ? "..." : string.Empty);
            return "; the text has '" + MessageText.Quote(agreed) + "' but goes on differently from '" + MessageText.Quote(differs) + "'";
        }

        private static int SafeEnd(string text, int end) => end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;

        /// <summary>Lower case, and one form of each quotation mark and dash; one character for one, so lengths agree.</summary>
        private static string Fold(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = chars[i] switch
                {
                    '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
                    '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                    '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                    _ => char.ToLowerInvariant(chars[i]),
                };
            }

            return new string(chars);
        }

        /// <summary>One warning for the whole build, at the first document whose text is missing.</summary>
        private static DiagnosticInfo NotChecked(List<(Citation Citation, DocumentText Document, string Reason)> notChecked)
        {
            var documents = notChecked.Select(item => item.Document).Distinct()
                .OrderBy(document => document.Path, StringComparer.Ordinal).ThenBy(document => document.Span.Start).ToList();
            var first = documents[0];
            var reason = "'" + MessageText.Quote(first.FileName) + "' " + notChecked.First(item => item.Document == first).Reason;
            var others = documents.Count > 1 ? " (and the texts of " + (documents.Count - 1).ToString(CultureInfo.InvariantCulture) + " other documents)" : string.Empty;
            return DiagnosticInfo.Create(
                FactbookDiagnostics.QuotesNotChecked,
                first.Path,
                first.Span,
                notChecked.Count.ToString(CultureInfo.InvariantCulture),
                first.DocumentType + " '" + MessageText.Quote(first.DocumentId) + "'",
                reason + others);
        }
    }
}
