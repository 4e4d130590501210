namespace Factbook.Generator.Content
{
    /// <summary>
    /// Puts every file's entries together: ids unique per collection, C# names free, references resolved.
    /// An entry with a problem is left out, and so are the entries that refer to it, so the generated code
    /// always compiles and one bad entry never hides the good ones. Works on <see cref="FileContent"/> only,
    /// never on YAML, so re-running it after an edit costs a pass over small records.
    /// </summary>
    internal static partial class ContentAssembler
    {
        /// <summary>
        /// What the cross-file work reads of a file: its entries without their values and retirement reasons (kept
        /// only for string tables, whose sizes count), without the summary or facts, and with spans that keep their
        /// lines and columns but not their offsets, so an edit of a value leaves it equal.
        /// </summary>
        public static FileContent KeysOf(FileContent file, bool stringTables) =>
            new(file.Path, file.Entries.Select(draft => draft with
            {
                Values = stringTables ? draft.Values : EquatableArray<ValueModel>.Empty,
                Summary = string.Empty,
                Facts = string.Empty,
                IdSpan = WithoutOffsets(draft.IdSpan),
                References = draft.References.Select(reference => reference with { Span = WithoutOffsets(reference.Span) }).ToEquatableArray(),
                Retirement = draft.Retirement is { } retirement ? retirement with { Reason = stringTables ? retirement.Reason : string.Empty, SupersededBySpan = WithoutOffsets(retirement.SupersededBySpan) } : null,
                UniqueValues = draft.UniqueValues.Select(value => value with { Span = WithoutOffsets(value.Span) }).ToEquatableArray(),
            }).ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty) { HeldTypesReached = file.HeldTypesReached };

        private static SourceSpan WithoutOffsets(SourceSpan span) => span with { Start = 0, Length = 0 };

        /// <summary>
        /// One file's kept entries as models, with references numbered by the index's keys, and the file's
        /// problems: its own, and those the index found at its entries, located in the file as it is now.
        /// </summary>
        public static BoundFile Bind(FileContent file, ContentIndex index, SchemaSpec schema, string projectDirectory, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var keys = index.KeysOf(file.Path);
            var types = schema.Types.ToDictionary(type => type.CollectionName, StringComparer.Ordinal);
            var relativeFile = (string?)null;
            var bound = new List<BoundEntry>();
            for (var i = 0; i < file.Entries.Count && i < keys.Count; i++)
            {
                var draft = file.Entries[i];
                if (keys[i] < 0 || !types.TryGetValue(draft.Collection, out var type))
                {
                    continue;
                }

                relativeFile ??= RelativeFile(file.Path, projectDirectory);
                var provenance = relativeFile + ":" + draft.IdSpan.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var model = new EntryModel(draft.Id, draft.MemberName, draft.Summary, WithKeys(type.Fields, draft.Values, index), provenance, Retirement(draft, type, index), draft.Facts);
                bound.Add(new BoundEntry(type.Name, keys[i], model));
            }

            var diagnostics = file.Diagnostics.Concat(index.DiagnosticsOf(file.Path).Select(diagnostic => Locate(diagnostic, file)));
            return new BoundFile(file.Path, bound.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        /// <summary>Every type with its kept entries in key order, and every problem, capped per file.</summary>
        public static ContentModel Collect(IReadOnlyList<BoundFile> files, ContentIndex index, SchemaSpec schema, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entries = index.Collections.ToDictionary(collection => collection.TypeName, collection => new EntryModel[collection.Ids.Count], StringComparer.Ordinal);
            var ordered = OnePerPath(files);
            foreach (var file in ordered)
            {
                foreach (var entry in file.Entries)
                {
                    entries[entry.TypeName][entry.Key] = entry.Model;
                }
            }

            var paths = new HashSet<string>(ordered.Select(file => file.Path), StringComparer.Ordinal);
            var diagnostics = ordered.SelectMany(file => file.Diagnostics).Concat(index.Diagnostics.Where(diagnostic => !paths.Contains(diagnostic.Path)));

            // A file that failed to bind leaves holes that keys from other files point into: nothing is generated,
            // and its FB0999, at that file and with what failed, is reported with every other problem.
            if (entries.Values.Any(models => models.Any(model => model is null)))
            {
                if (!ordered.Any(file => file.Entries.Count == 0 && file.Diagnostics.Any(diagnostic => diagnostic.Id == FactbookDiagnostics.InternalError.Id)))
                {
                    throw new InvalidOperationException("the keys of some entries are missing, though every content file was bound");
                }

                return new ContentModel(EquatableArray<CollectionModel>.Empty, DiagnosticLimit.PerFileOf(diagnostics).ToEquatableArray());
            }

            var models = schema.Types
                .Where(type => entries.ContainsKey(type.Name))
                .Select(type => new CollectionModel(
                    type,
                    new EquatableArray<EntryModel>(entries[type.Name]),
                    index.Collection(type.Name).IdsWithProblems))
                .ToEquatableArray();

            // Capped per file here; the cap per build is the reporter's, after a checker has kept the files it was asked about.
            return new ContentModel(models, DiagnosticLimit.PerFileOf(diagnostics).ToEquatableArray());
        }

        /// <summary>
        /// The bound files in path order, each path once (FB0050). Copies of a file are the same file, but a host
        /// that is not a build can give one path two texts whose ids agree and values differ: the copy kept is then
        /// chosen by its content, never by the order the host gives them in.
        /// </summary>
        /// <remarks>Copies are compared only where a path repeats: hashing every bound file would cost each edit a pass over all values.</remarks>
        private static List<BoundFile> OnePerPath(IReadOnlyList<BoundFile> files)
        {
            var ordered = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
            var result = new List<BoundFile>(ordered.Count);
            for (var i = 0; i < ordered.Count; i++)
            {
                var end = i + 1;
                while (end < ordered.Count && ordered[end].Path == ordered[i].Path)
                {
                    end++;
                }

                result.Add(end == i + 1 ? ordered[i] : ordered.GetRange(i, end - i).OrderBy(Canonical, StringComparer.Ordinal).First());
                i = end - 1;
            }

            return result;
        }

        private static string Canonical(BoundFile file) =>
            string.Join("\n", file.Entries.Select(entry => entry.Model.Provenance + "\u0001" + entry.Model.Summary + "\u0001" + entry.Model.Facts)) +
            "\n" + string.Join("\n", file.Diagnostics.Select(diagnostic => diagnostic.Id + diagnostic.Message));

        /// <summary>A problem the index anchored at an entry, at the span of that entry's part in the file as it is now.</summary>
        private static DiagnosticInfo Locate(DiagnosticInfo diagnostic, FileContent file)
        {
            if (diagnostic.Anchor is not { } anchor || anchor.Entry >= file.Entries.Count)
            {
                return diagnostic;
            }

            var draft = file.Entries[anchor.Entry];
            var span = anchor.Part switch
            {
                DiagnosticAnchor.Id => draft.IdSpan,
                DiagnosticAnchor.SupersededBy => draft.Retirement?.SupersededBySpan ?? draft.IdSpan,
                var unique when DiagnosticAnchor.UniqueValueOf(unique) is var at && at >= 0 && at < draft.UniqueValues.Count => draft.UniqueValues[at].Span,
                var reference when reference >= 0 && reference < draft.References.Count => draft.References[reference].Span,
                _ => draft.IdSpan,
            };
            return diagnostic with { Span = span, Anchor = null };
        }

        /// <summary>
        /// <c>content/places.yaml:12</c>: the path relative to the project (with <c>../</c> for content beside
        /// it) and '/' separators, so generated code is the same on every machine; without a project folder,
        /// or on another drive, the file name alone.
        /// </summary>
        public static string Provenance(string path, int line, string projectDirectory) =>
            RelativeFile(path, projectDirectory) + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The file part of <see cref="Provenance(string, int, string)"/>.</summary>
        public static string RelativeFile(string path, string projectDirectory)
        {
            var file = path.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var root = projectDirectory.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var common = 0;
            while (common < root.Length && common < file.Length - 1 && string.Equals(root[common], file[common], StringComparison.Ordinal))
            {
                common++;
            }

            var relative = root.Length == 0 || common == 0
                ? file.LastOrDefault() ?? string.Empty
                : string.Join("/", Enumerable.Repeat("..", root.Length - common).Concat(file.Skip(common)));
            return relative;
        }

        private static RetirementModel? Retirement(EntryDraft draft, TypeSpec type, ContentIndex index) =>
            draft.Retirement is not { } retirement ? null
            : index.TryGetKey(type.Name, retirement.SupersededBy, out var key) ? new RetirementModel(retirement.Reason, key, index.Collection(type.Name).Members[key])
            : new RetirementModel(retirement.Reason, -1, string.Empty);

        /// <summary>
        /// Replaces each reference's id by the referenced entry's key, its index in the output, so the
        /// generated tables store numbers. A change of order in one collection thus re-emits the collections
        /// that refer to it, and nothing else.
        /// </summary>
        private static EquatableArray<ValueModel> WithKeys(EquatableArray<FieldSpec> fields, EquatableArray<ValueModel> values, ContentIndex keys)
        {
            ValueModel[]? result = null;
            for (var i = 0; i < values.Count; i++)
            {
                var updated = WithKeys(fields[i], values[i], keys);
                if (!ReferenceEquals(updated, values[i]))
                {
                    result ??= values.ToArray();
                    result[i] = updated;
                }
            }

            return result is null ? values : new EquatableArray<ValueModel>(result);
        }

        private static ValueModel WithKeys(FieldSpec field, ValueModel value, ContentIndex keys)
        {
            if (field.Kind is not (FieldKind.Reference or FieldKind.Object) || value.Kind == ValueKind.Null)
            {
                return value;
            }

            if (value.Kind is ValueKind.List or ValueKind.Map or ValueKind.MapEntry)
            {
                var items = new ValueModel[value.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = WithKeys(field, value.Items[i], keys);
                }

                return value with { Items = new EquatableArray<ValueModel>(items) };
            }

            return field.Kind == FieldKind.Reference
                ? ValueModel.Scalar(ValueKind.Reference, (keys.TryGetKey(field.TypeName, value.Text, out var key) ? key : -1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                : value with { Items = WithKeys(field.Fields, value.Items, keys) };
        }
    }
}
