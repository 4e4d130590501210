namespace Factbook.Generator.Content
{
    /// <summary>
    /// Checks that every quote and excerpt (a field marked <c>verbatim_in</c>) occurs word for word in the text of
    /// the document it cites: whitespace normalised, nothing else, from a word boundary to a word boundary
    /// (<see cref="WordBoundaries"/>). A text that is not among the project's files
    /// (an article that is not ours to redistribute) is not a failure: the build says once that quotes were not
    /// checked. One pass over each text, whatever the number of quotes (<see cref="TextSearch"/>).
    /// </summary>
    internal static partial class VerbatimCheck
    {
        /// <summary>
        /// The most characters of distinct quotes one text is searched for. The search keeps a node per character,
        /// so this bounds its memory (to tens of megabytes); quotes past it are counted as not checked.
        /// </summary>
        public const int MaxQuotedChars = 2_000_000;

        /// <summary>
        /// The file names that documents cited by a quote give, for choosing which of the project's files to read: a
        /// file field may name an image or a PDF that nothing quotes, which is never read as text.
        /// </summary>
        public static EquatableArray<string> FileNames(IEnumerable<DocumentText> documents, IEnumerable<Citation> citations)
        {
            var cited = new HashSet<(string, string)>(citations.Select(citation => (citation.DocumentType, citation.DocumentId)));
            return documents
                .Where(document => document.FileName.Length > 0 && document.Inline is null && cited.Contains((document.DocumentType, document.DocumentId)))
                .Select(document => document.FileName)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToEquatableArray();
        }

        /// <summary>Whether any document names the file at this path.</summary>
        public static bool IsNamed(string path, EquatableArray<string> fileNames) => fileNames.Any(name => FileKind.Names(name, path));


        /// <param name="searched">Called with each text's path as it is searched; tests count the passes.</param>
        /// <param name="otherFiles">The paths of the project's files that are not YAML, for "did you mean" when a named text is not among them.</param>
        public static EquatableArray<DiagnosticInfo> Check(IEnumerable<Citation> citations, IEnumerable<DocumentText> documents, IReadOnlyList<SourceTextFile> texts, Action<string>? searched = null, IReadOnlyList<string>? otherFiles = null, CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var documentsById = ById(documents);

            var (textOf, ambiguous) = ResolveTexts(documentsById.Values, texts, diagnostics);
            var notText = new HashSet<DocumentText>();
            var unreadReasons = new Dictionary<DocumentText, string>(); // one "did you mean" search per document, not per quote
            var notChecked = new List<(Citation Citation, DocumentText Document, string Reason)>();
            // By path: a text's own hash would read all of it for every quote.
            var byText = new Dictionary<string, (SourceTextFile Text, List<(Citation Citation, DocumentText Document)> Citations)>(StringComparer.Ordinal);
            foreach (var citation in citations.Distinct()) // a file the build gives twice cites twice
            {
                if (!documentsById.TryGetValue((citation.DocumentType, citation.DocumentId, citation.DocumentField), out var document) || ambiguous.Contains(document))
                {
                    continue; // a missing document is reported at the reference, an ambiguous text at its name
                }

                var text = textOf[document];
                if (text is { NotText.Length: > 0 })
                {
                    if (notText.Add(document))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.TextNotText, document.Path, document.Span, MessageText.Quote(document.FileName), document.DocumentType, MessageText.Quote(document.DocumentId), text.NotText));
                    }

                    continue;
                }

                if (text?.MarkedText is null)
                {
                    if (!unreadReasons.TryGetValue(document, out var reason))
                    {
                        unreadReasons[document] = reason = UnreadReason(document, text, otherFiles);
                    }

                    notChecked.Add((citation, document, reason));
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
                cancellationToken.ThrowIfCancellationRequested();
                var (within, beyond) = WithinBudget(pair.Value.Citations);
                notChecked.AddRange(beyond.Select(item => (item.Citation, item.Document, Names(item.Document) + ", which is cited by more than " + MaxQuotedChars.ToString("N0", CultureInfo.InvariantCulture) + " characters of quotes, more than are searched for")));
                CheckAgainst(pair.Value.Text, within, diagnostics, () => searched?.Invoke(pair.Key), cancellationToken);
            }

            return Ordered(diagnostics, notChecked);
        }

        /// <summary>The problems in file order, with one FB0045 for every quote left unchecked, within the caps.</summary>
        private static EquatableArray<DiagnosticInfo> Ordered(List<DiagnosticInfo> diagnostics, List<(Citation Citation, DocumentText Document, string Reason)> notChecked)
        {
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
        /// Each document once, by type, id and (for a text held in the entry) its field; an entry with two file fields is
        /// checked against the one it fills.
        /// </summary>
        private static Dictionary<(string Type, string Id, string Field), DocumentText> ById(IEnumerable<DocumentText> documents)
        {
            var byId = new Dictionary<(string Type, string Id, string Field), DocumentText>();
            foreach (var document in documents.OrderBy(document => document.Path, StringComparer.Ordinal).ThenBy(document => document.Span.Start))
            {
                var key = (document.DocumentType, document.DocumentId, document.Inline is null ? string.Empty : document.FieldName);
                if (!byId.TryGetValue(key, out var known) || (known.FileName.Length == 0 && document.FileName.Length > 0))
                {
                    byId[key] = document;
                }
            }

            return byId;
        }

        /// <summary>Why a document's quotes cannot be checked: its text is unreadable, it names none, or the project does not have it.</summary>
        private static string UnreadReason(DocumentText document, SourceTextFile? text, IReadOnlyList<string>? otherFiles) =>
            text is not null ? Names(document) + ", which " + text.Problem
            : document.FileName.Length == 0 ? "names no text (its field '" + MessageText.Quote(document.FieldName) + "' is left out); name one to check them"
            : Names(document) + ", which is not among the project's AdditionalFiles" + DidYouMean(document.FileName, otherFiles) + "; add it there (or give it to 'factbook check --text') to check them";

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
                if (document.Inline is { } inline)
                {
                    // Searched like a file: one pass per text, under a name no file has.
                    textOf[document] = new SourceTextFile(document.Path + "#" + document.DocumentType + "/" + document.DocumentId + "/" + document.FieldName, WordBoundaries.Mark(Normalise(inline)));
                    continue;
                }

                if (document.FileName.Length == 0)
                {
                    textOf[document] = null;
                    continue;
                }

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

        private static string Names(DocumentText document) => "names '" + MessageText.Quote(document.FileName) + "'";

        /// <summary>"; did you mean 'speech.txt'?" when a file of the project has a name a typo away from the one written.</summary>
        private static string DidYouMean(string fileName, IReadOnlyList<string>? otherFiles)
        {
            if (otherFiles is null || otherFiles.Count == 0)
            {
                return string.Empty;
            }

            var written = NameOf(fileName);
            var closest = new SuggestionIndex(otherFiles.Select(NameOf).Where(name => name.Length > 0)).Closest(written);
            return closest is null || closest == written ? string.Empty : "; did you mean '" + MessageText.Quote(closest) + "'?";
        }

        private static string NameOf(string path) => path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);

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
        private static void CheckAgainst(SourceTextFile text, List<(Citation Citation, DocumentText Document)> citations, List<DiagnosticInfo> diagnostics, Action searching, CancellationToken cancellationToken)
        {
            // Each distinct quote is searched for once, however often it is cited, and once while its text is the
            // same: the verdicts are kept with the text, so an edit of one quote searches for that quote alone.
            var normalised = citations.Select(item => Normalise(item.Citation.Text)).ToList();
            var distinct = normalised.Distinct(StringComparer.Ordinal).ToList();
            var kept = Verdicts.For(text, distinct.Count);
            var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
            var unknown = new List<string>();
            foreach (var quote in distinct)
            {
                if (kept.TryGetValue(quote, out var verdict))
                {
                    verdicts[quote] = verdict;
                }
                else
                {
                    unknown.Add(quote);
                }
            }

            if (unknown.Count > 0)
            {
                searching();
                foreach (var pair in Search(text.MarkedText!, unknown, cancellationToken))
                {
                    verdicts[pair.Key] = kept[pair.Key] = pair.Value;
                }
            }

            for (var i = 0; i < citations.Count; i++)
            {
                if (verdicts[normalised[i]] is not { } hint)
                {
                    continue;
                }

                var (citation, document) = citations[i];
                diagnostics.Add(DiagnosticInfo.Create(
                    FactbookDiagnostics.NotVerbatim,
                    citation.Path,
                    citation.Span,
                    citation.FieldName,
                    MessageText.Quote(normalised[i]),
                    document.DocumentType,
                    MessageText.Quote(document.DocumentId),
                    document.Inline is null ? MessageText.Quote(document.FileName) : "its " + document.FieldName,
                    hint));
            }
        }

        /// <summary>
        /// What a text says of quotes already searched for: null for one that is there, else the hint of FB0044. Kept
        /// beside the text as the pipeline hands it on (the same object while the file is unchanged), never in it, so
        /// the text's equality is its content alone.
        /// </summary>
        private static class Verdicts
        {
            private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceTextFile, System.Collections.Concurrent.ConcurrentDictionary<string, string?>> Kept = new();

            public static System.Collections.Concurrent.ConcurrentDictionary<string, string?> For(SourceTextFile text, int quotes)
            {
                var verdicts = Kept.GetValue(text, _ => new System.Collections.Concurrent.ConcurrentDictionary<string, string?>(StringComparer.Ordinal));
                if (verdicts.Count > (2 * quotes) + 1_000)
                {
                    verdicts.Clear(); // quotes edited away over hours in an IDE
                }

                return verdicts;
            }
        }

        /// <summary>One pass over the text for the quotes given: null for each that is there, else why not.</summary>
        private static Dictionary<string, string?> Search(string markedText, List<string> distinct, CancellationToken cancellationToken)
        {
            var marked = distinct.Select(WordBoundaries.Mark).ToList();
            var found = TextSearch.LongestPrefixMatches(markedText, marked, cancellationToken);
            var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
            var missing = new List<int>();
            for (var d = 0; d < distinct.Count; d++)
            {
                if (distinct[d].Length == 0 || found[d].Length < marked[d].Length)
                {
                    missing.Add(d);
                }
                else
                {
                    verdicts[distinct[d]] = null;
                }
            }

            if (missing.Count == 0)
            {
                return verdicts;
            }

            // Near misses are searched again, once each way, for the most useful hint: the words there but inside a
            // word, or only capitals and marks differing. Folding maps one character to one, so positions agree.
            var plainText = WordBoundaries.Unmark(markedText);
            var plain = TextSearch.LongestPrefixMatches(plainText, missing.Select(d => distinct[d]).ToList(), cancellationToken);
            var folded = TextSearch.LongestPrefixMatches(VerbatimHints.Fold(markedText), missing.Select(d => VerbatimHints.Fold(marked[d])).ToList(), cancellationToken);
            for (var m = 0; m < missing.Count; m++)
            {
                var d = missing[m];
                verdicts[distinct[d]] = distinct[d].Length == 0 ? VerbatimHints.Empty
                    : plain[m].Length == distinct[d].Length ? VerbatimHints.InsideAWord(plainText, plain[m])
                    : folded[m].Length == marked[d].Length ? VerbatimHints.OtherCapitalsOrMarks(marked[d], markedText, folded[m])
                    : VerbatimHints.Divergence(marked[d], markedText, found[d]);
            }

            return verdicts;
        }

        /// <summary>One warning for the whole build, at the first document whose text is missing.</summary>
        private static DiagnosticInfo NotChecked(List<(Citation Citation, DocumentText Document, string Reason)> notChecked)
        {
            var documents = notChecked.Select(item => item.Document).Distinct()
                .OrderBy(document => document.Path, StringComparer.Ordinal).ThenBy(document => document.Span.Start).ToList();
            var first = documents[0];
            var reason = notChecked.First(item => item.Document == first).Reason;
            var others = documents.Count > 1 ? " (and the quotes of " + (documents.Count - 1).ToString(CultureInfo.InvariantCulture) + " other documents)" : string.Empty;
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
