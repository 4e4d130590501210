using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Factbook.Generator.Parsing
{
    /// <summary>
    /// Turns YAML text into <see cref="YamlNode"/>s with YamlDotNet's event parser and an explicit stack.
    /// <c>YamlStream</c> recurses and overflows the stack on deep input, which kills the compiler, so it is
    /// never used; nesting is capped so deep input stays fast too.
    /// </summary>
    internal static class YamlFileParser
    {
        // After an even number of backslashes, or '\\U' is an escaped backslash and a letter.
        private static readonly Regex LargeUtf32Escape = new(@"(?<!\\)(?:\\\\)*(\\U[89A-Fa-f][0-9A-Fa-f]{7})", RegexOptions.CultureInvariant);

        private static readonly Regex MarkPrefix = new(@"^\(Line: [0-9]+, Col: [0-9]+, Idx: [0-9]+\) - \(Line: [0-9]+, Col: [0-9]+, Idx: [0-9]+\): ", RegexOptions.CultureInvariant);

        public static ParsedYamlFile Parse(string path, string text) => Parse(path, text, ParseLimits.Default);

        public static ParsedYamlFile Parse(string path, string text, ParseLimits limits, CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<DiagnosticInfo>();
            if (text.Length > limits.MaxFileChars)
            {
                // Checked before parsing: YamlDotNet has no size limit of its own.
                var count = text.Length.ToString(CultureInfo.InvariantCulture);
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.FileTooLarge, path, SourceSpan.FileStart, count, limits.MaxFileChars.ToString(CultureInfo.InvariantCulture)));
                return new ParsedYamlFile(path, ParsedYamlFile.IsSchemaPath(path), null, diagnostics.ToEquatableArray());
            }

            // Every position is in the text as YamlDotNet reads it, after the byte order mark, as the compiler reads it too.
            var parsed = StripByteOrderMark(text);
            var invalidByte = parsed.IndexOf('\uFFFD');
            if (invalidByte >= 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.NotUtf8, path, SpanAt(parsed, invalidByte)));
            }

            var root = Build(path, parsed, diagnostics, limits, cancellationToken);
            return new ParsedYamlFile(path, ParsedYamlFile.IsSchemaPath(path), root, diagnostics.ToEquatableArray());
        }

        /// <summary>
        /// The tree of the text, or null when it cannot be read: YamlDotNet's exceptions, some without a position,
        /// become FB0001 where the trouble starts.
        /// </summary>
        private static YamlNode? Build(string path, string parsed, List<DiagnosticInfo> diagnostics, ParseLimits limits, CancellationToken cancellationToken)
        {
            var builder = new TreeBuilder(path, diagnostics, limits, cancellationToken);
            try
            {
                return builder.Build(parsed);
            }
            catch (YamlException exception)
            {
                var message = MarkPrefix.Replace(exception.Message, string.Empty);

                // YamlDotNet marks the construct it was reading; a tab is clearer at the tab itself: the last one
                // that indents a line up to where it stopped (an earlier tab inside a block of text is legal).
                var span = YamlErrorMessages.IsAboutTabs(message)
                    ? LastIndentingTab(parsed, (int)exception.End.Index) is { } tab ? SpanAt(parsed, tab) : ToSpan(exception.End, exception.End)
                    : ToSpan(exception.Start, exception.End);
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.YamlSyntax, path, span, YamlErrorMessages.Explain(message)));
                return null;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner throws this, with no position, on some unclosed flow collections
                // ("date: [1946" followed by more keys); the last event it read is where the trouble starts.
                var at = builder.LastEventStart;
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.YamlSyntax, path, ToSpan(at, at), "the YAML cannot be read past this point; check the brackets and quotes that open here"));
                return null;
            }
            catch (ArgumentOutOfRangeException exception) when (exception.ParamName == "utf32")
            {
                // YamlDotNet checks '\U' escapes as signed numbers, so one from \U80000000 up passes its check
                // and makes char.ConvertFromUtf32 throw, with no position: the escape is after the last event.
                var escape = LargeUtf32Escape.Match(parsed, (int)Math.Min(parsed.Length, Math.Max(0, builder.LastEventStart.Index)));
                var span = escape.Success ? SpanAt(parsed, escape.Groups[1].Index) : ToSpan(builder.LastEventStart, builder.LastEventStart);
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.YamlSyntax, path, span, "a '\\U' escape in double quotes is beyond the last Unicode character, \\U0010FFFF; write the character you meant, or use single quotes"));
                return null;
            }
            catch (ArgumentException)
            {
                // YamlDotNet throws this, with no position, for a tag that is not a valid URI ("!!str]").
                var at = builder.LastEventStart;
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.YamlSyntax, path, ToSpan(at, at), "a tag (a word starting with '!') near here is not a valid URI; remove it, or put the value in quotes"));
                return null;
            }
        }

        private static string StripByteOrderMark(string text) =>
            text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;

        /// <summary>
        /// The index of the last tab among the spaces that start a line, up to <paramref name="end"/>; else the
        /// first one after it (YamlDotNet sometimes stops just before the line); null when no line starts so.
        /// </summary>
        private static int? LastIndentingTab(string text, int end)
        {
            int? last = null;
            var atLineStart = true;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (IsLineBreak(c))
                {
                    atLineStart = true;
                }
                else if (atLineStart && c == '\t')
                {
                    if (i > end && last is not null)
                    {
                        break;
                    }

                    last = i;
                    atLineStart = false;
                    if (i > end)
                    {
                        break;
                    }
                }
                else if (c != ' ' && c != '\uFEFF')
                {
                    atLineStart = false;
                }
            }

            return last;
        }

        /// <summary>Where YamlDotNet ends a line, as Roslyn does: LF, CR (CRLF counting once), NEL, LS and PS.</summary>
        private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

        /// <summary>The span of one character, for problems found outside YamlDotNet, counting lines as it does.</summary>
        private static SourceSpan SpanAt(string text, int index)
        {
            var line = 0;
            var lineStart = 0;
            for (var i = 0; i < index; i++)
            {
                if (IsLineBreak(text[i]) && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new SourceSpan(index, 1, line, index - lineStart, line, index - lineStart + 1);
        }

        internal static SourceSpan ToSpan(Mark start, Mark end)
        {
            var startIndex = (int)start.Index;
            var length = Math.Max(0, (int)end.Index - startIndex);
            return new SourceSpan(
                startIndex,
                length,
                (int)start.Line - 1,
                (int)start.Column - 1,
                (int)end.Line - 1,
                (int)end.Column - 1).Normalized();
        }

        private static bool IsNullScalar(Scalar scalar) =>
            scalar.Style == ScalarStyle.Plain &&
            (scalar.Value.Length == 0 || scalar.Value is "~" or "null" or "Null" or "NULL");

        /// <summary>Builds the tree for one file; one instance per parse.</summary>
        private sealed class TreeBuilder
        {
            private readonly string _path;
            private readonly List<DiagnosticInfo> _diagnostics;
            private readonly ParseLimits _limits;
            private readonly Stack<Frame> _open = new();
            private YamlNode? _root;

            private readonly CancellationToken _cancellationToken;

            public TreeBuilder(string path, List<DiagnosticInfo> diagnostics, ParseLimits limits, CancellationToken cancellationToken)
            {
                _cancellationToken = cancellationToken;
                _path = path;
                _diagnostics = diagnostics;
                _limits = limits;
            }

            /// <summary>
            /// Reads the rest of the file without building anything, so a syntax error after the first
            /// unsupported construct is still reported; events cost no more than the parser's own work.
            /// </summary>
            private static YamlNode? Drain(Parser parser, YamlNode? result)
            {
                while (parser.MoveNext())
                {
                }

                return result;
            }

            /// <summary>Where the last event read started, for errors that come without a position.</summary>
            public Mark LastEventStart { get; private set; } = Mark.Empty;

            public YamlNode? Build(string text)
            {
                var parser = new Parser(new StringReader(text));
                var documents = 0;
                var events = 0;
                while (parser.MoveNext())
                {
                    if ((++events & 4095) == 0)
                    {
                        _cancellationToken.ThrowIfCancellationRequested();
                    }

                    var current = parser.Current!;
                    LastEventStart = current.Start;
                    switch (current)
                    {
                        case DocumentStart when ++documents > 1:
                            Report(FactbookDiagnostics.MultipleDocuments, current);
                            return Drain(parser, _root);
                        case Scalar scalar when scalar.Value.Length > _limits.MaxScalarChars:
                            Report(FactbookDiagnostics.ValueTooLong, current, scalar.Value.Length.ToString(CultureInfo.InvariantCulture), _limits.MaxScalarChars.ToString(CultureInfo.InvariantCulture));
                            Add(YamlNode.Scalar(string.Empty, true, ToSpan(scalar.Start, scalar.End)));
                            break;
                        // An anchor or alias makes the whole file unreadable: one error, nothing expanded,
                        // so an alias bomb ("billion laughs") or a self-reference costs nothing.
                        case NodeEvent node when !node.Anchor.IsEmpty:
                            Report(FactbookDiagnostics.AliasNotSupported, current, "&" + node.Anchor.Value);
                            return Drain(parser, null);
                        case AnchorAlias alias:
                            Report(FactbookDiagnostics.AliasNotSupported, current, "*" + alias.Value.Value);
                            return Drain(parser, null);
                        case Scalar scalar:
                            Add(YamlNode.Scalar(scalar.Value, IsNullScalar(scalar), ToSpan(scalar.Start, scalar.End), scalar.Style == ScalarStyle.Plain));
                            break;
                        case NodeEvent node when node is SequenceStart or MappingStart:
                            if (_open.Count >= _limits.MaxDepth)
                            {
                                Report(FactbookDiagnostics.NestingTooDeep, current, _limits.MaxDepth.ToString(CultureInfo.InvariantCulture));
                                return null;
                            }

                            _open.Push(new Frame(node is MappingStart ? YamlNodeKind.Mapping : YamlNodeKind.Sequence, node.Start));
                            break;
                        case SequenceEnd or MappingEnd:
                            Add(_open.Pop().ToNode(current.End));
                            break;
                    }
                }

                return _root;
            }

            private void Add(YamlNode node)
            {
                if (_open.Count == 0)
                {
                    _root = node;
                    return;
                }

                var frame = _open.Peek();
                if (frame.Kind == YamlNodeKind.Sequence)
                {
                    frame.Items.Add(node);
                    return;
                }

                if (frame.PendingKey is null)
                {
                    if (node.Kind != YamlNodeKind.Scalar)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.ComplexKey, _path, node.Span, node.Describe()));
                    }

                    frame.PendingKey = node;
                    return;
                }

                var key = frame.PendingKey;
                frame.PendingKey = null;
                if (key.Kind != YamlNodeKind.Scalar)
                {
                    return; // already reported; the pair is left out
                }

                if (frame.FindKey(key.Text) is { } first)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.DuplicateKey, _path, key.Span, MessageText.Quote(key.Text), first.Key.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    return;
                }

                frame.Add(new YamlMapEntry(key, node));
            }

            private void Report(FactbookDiagnostic diagnostic, ParsingEvent at, params string[] arguments) =>
                _diagnostics.Add(DiagnosticInfo.Create(diagnostic, _path, ToSpan(at.Start, at.End), arguments));
        }

        private sealed class Frame
        {
            public Frame(YamlNodeKind kind, Mark start)
            {
                Kind = kind;
                Start = start;
            }

            public YamlNodeKind Kind { get; }

            public Mark Start { get; }

            // Only one of the two lists is used, by kind: allocated on first use, as parsing allocates most of all.
            private List<YamlNode>? _items;
            private List<YamlMapEntry>? _entries;

            public List<YamlNode> Items => _items ??= new List<YamlNode>();

            public List<YamlMapEntry> Entries => _entries ??= new List<YamlMapEntry>();

            /// <summary>Keys of large mappings, for duplicate checks; small ones are scanned, which is cheaper.</summary>
            private Dictionary<string, YamlMapEntry>? _byKey;

            public YamlMapEntry? FindKey(string key)
            {
                if (_byKey is not null)
                {
                    return _byKey.TryGetValue(key, out var found) ? found : null;
                }

                foreach (var entry in _entries ?? (IEnumerable<YamlMapEntry>)Array.Empty<YamlMapEntry>())
                {
                    if (string.Equals(entry.Key.Text, key, StringComparison.Ordinal))
                    {
                        return entry;
                    }
                }

                return null;
            }

            public void Add(YamlMapEntry entry)
            {
                Entries.Add(entry);
                if (_byKey is not null)
                {
                    _byKey.Add(entry.Key.Text, entry);
                }
                else if (Entries.Count > 16)
                {
                    _byKey = new Dictionary<string, YamlMapEntry>(StringComparer.Ordinal);
                    foreach (var existing in Entries)
                    {
                        _byKey[existing.Key.Text] = existing;
                    }
                }
            }

            public YamlNode? PendingKey { get; set; }

            public YamlNode ToNode(Mark end) => new(
                Kind,
                string.Empty,
                false,
                ToSpan(Start, end),
                _items is null ? EquatableArray<YamlNode>.Empty : new EquatableArray<YamlNode>(_items.ToArray()),
                _entries is null ? EquatableArray<YamlMapEntry>.Empty : new EquatableArray<YamlMapEntry>(_entries.ToArray()));
        }
    }
}
