using System;
using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Model;
using Factbook.Generator.Naming;
using Factbook.Generator.Schema;

namespace Factbook.Generator.Content
{
    /// <summary>
    /// Puts every file's entries together: ids unique per collection, C# names free, references resolved.
    /// An entry with a problem is left out, and so are the entries that refer to it, so the generated code
    /// always compiles and one bad entry never hides the good ones. Works on <see cref="FileContent"/> only,
    /// never on YAML, so re-running it after an edit costs a pass over small records.
    /// </summary>
    internal static class ContentAssembler
    {
        /// <param name="stringTables">Whether the tables are string constants, which share the compiler's 16 MB heap of string literals (FB0037).</param>
        public static ContentModel Assemble(IEnumerable<FileContent> contentFiles, SchemaSpec schema, string projectDirectory = "", bool stringTables = false)
        {
            var files = contentFiles.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
            var diagnostics = new List<DiagnosticInfo>();
            if (!schema.HasSchemaFile && files.Count > 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.NoSchema, files[0].Path, SourceSpan.FileStart));
            }

            var collections = schema.Types.ToDictionary(type => type.CollectionName, type => new Collection(type), StringComparer.Ordinal);
            var byType = collections.Values.ToDictionary(collection => collection.Type.Name, StringComparer.Ordinal);
            var entries = new List<Entry>();
            foreach (var file in files)
            {
                foreach (var draft in file.Entries)
                {
                    if (collections.TryGetValue(draft.Collection, out var collection))
                    {
                        var entry = new Entry(draft, file.Path, collection);
                        entries.Add(entry);
                        Register(entry, diagnostics);
                    }
                }
            }

            var suggestions = new Suggestions();
            foreach (var entry in entries)
            {
                if (entry.Draft.Retirement is { SupersededBy.Length: > 0 } retirement && !entry.Collection.ById.ContainsKey(retirement.SupersededBy))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        FactbookDiagnostics.UnresolvedReference,
                        entry.Path,
                        retirement.SupersededBySpan,
                        "superseded_by",
                        entry.Collection.Type.Name,
                        MessageText.Quote(retirement.SupersededBy),
                        suggestions.For(entry.Path, entry.Collection, retirement.SupersededBy)));
                    entry.IsExcluded = true;
                }

                foreach (var reference in entry.Draft.References)
                {
                    var target = byType[reference.TargetType];
                    if (target.ById.TryGetValue(reference.TargetId, out var referenced) && referenced.Draft.Retirement is { } retired)
                    {
                        var replacement = retired.SupersededBy.Length > 0 ? "; use '" + retired.SupersededBy + "' instead" : string.Empty;
                        diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.RetiredReference, entry.Path, reference.Span, reference.FieldName, target.Type.Name, reference.TargetId, replacement));
                    }

                    if (!target.ById.ContainsKey(reference.TargetId))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            FactbookDiagnostics.UnresolvedReference,
                            entry.Path,
                            reference.Span,
                            reference.FieldName,
                            target.Type.Name,
                            MessageText.Quote(reference.TargetId),
                            suggestions.For(entry.Path, target, reference.TargetId)));
                        entry.IsExcluded = true;
                    }
                }
            }

            if (stringTables)
            {
                ExcludeTheLargestEntriesBeyondTheLiteralHeap(entries, diagnostics);
            }

            if (entries.Any(entry => entry.IsExcluded))
            {
                ExcludeEntriesReferringToExcludedOnes(entries, byType);
            }
            var included = schema.Types.ToDictionary(
                type => type.Name,
                type => collections[type.CollectionName].Entries.Where(entry => !entry.IsExcluded).ToList(),
                StringComparer.Ordinal);
            foreach (var type in schema.Types.Where(type => included[type.Name].Count > GeneratedNames.MaxEntryMembers))
            {
                var first = included[type.Name][0];
                diagnostics.Add(DiagnosticInfo.Create(
                    FactbookDiagnostics.NoEntryMembers,
                    first.Path,
                    first.Draft.IdSpan,
                    type.CollectionName,
                    included[type.Name].Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    GeneratedNames.MaxEntryMembers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    type.CollectionClass));
            }

            var keys = included.ToDictionary(
                pair => pair.Key,
                pair => pair.Value.Select((entry, index) => (entry.Draft.Id, index)).ToDictionary(item => item.Id, item => item.index, StringComparer.Ordinal),
                StringComparer.Ordinal);
            var relativeFiles = new Dictionary<string, string>(StringComparer.Ordinal);
            var models = schema.Types
                .Select(type => new CollectionModel(
                    type,
                    included[type.Name]
                        .Select(entry => new EntryModel(entry.Draft.Id, entry.MemberName, entry.Draft.Summary, WithKeys(type.Fields, entry.Draft.Values, keys), Provenance(entry, relativeFiles, projectDirectory), Retirement(entry, keys[type.Name]), entry.Draft.Facts))
                        .ToEquatableArray(),
                    entries.Where(entry => entry.IsExcluded && entry.Collection.Type.CollectionName == type.CollectionName && entry.Draft.WrittenId.Length > 0 && !keys[type.Name].ContainsKey(entry.Draft.WrittenId))
                        .Select(entry => entry.Draft.WrittenId)
                        .Distinct(StringComparer.Ordinal)
                        .ToEquatableArray()))
                .ToEquatableArray();
            // Capped per file here; the cap per build is the reporter's, after a checker has kept the files it was asked about.
            return new ContentModel(models, DiagnosticLimit.PerFileOf(files.SelectMany(file => file.Diagnostics).Concat(diagnostics)).ToEquatableArray());
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

        private static RetirementModel? Retirement(Entry entry, Dictionary<string, int> keys) =>
            entry.Draft.Retirement is not { } retirement ? null
            : keys.TryGetValue(retirement.SupersededBy, out var key) ? new RetirementModel(retirement.Reason, key, entry.Collection.ById[retirement.SupersededBy].MemberName)
            : new RetirementModel(retirement.Reason, -1, string.Empty);

        /// <summary>Made once per file, not per entry: ten thousand entries would split and join their paths ten thousand times.</summary>
        private static string Provenance(Entry entry, Dictionary<string, string> relativeFiles, string projectDirectory)
        {
            if (!relativeFiles.TryGetValue(entry.Path, out var file))
            {
                relativeFiles.Add(entry.Path, file = RelativeFile(entry.Path, projectDirectory));
            }

            return file + ":" + entry.Draft.IdSpan.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private static void Register(Entry entry, List<DiagnosticInfo> diagnostics)
        {
            var collection = entry.Collection;
            var id = entry.Draft.Id;
            if (id.Length == 0)
            {
                return;
            }

            if (collection.ById.TryGetValue(id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.DuplicateId, entry.Path, entry.Draft.IdSpan, id, collection.Type.CollectionName, first.Where));
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.DuplicateId, first.Path, first.Draft.IdSpan, id, collection.Type.CollectionName, entry.Where));
                entry.IsExcluded = true;
                return;
            }

            collection.ById.Add(id, entry);
            collection.Entries.Add(entry);
            if (collection.ReservedMembers.Contains(entry.MemberName))
            {
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.IdNameCollision, entry.Path, entry.Draft.IdSpan, id, entry.MemberName, "is a generated member of " + collection.Type.CollectionClass + "; choose another id, or name its member in the schema, under the type's members: " + MembersLine(collection, entry)));
                entry.IsExcluded = true;
            }
            else if (collection.ByMember.TryGetValue(entry.MemberName, out var other))
            {
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.IdNameCollision, entry.Path, entry.Draft.IdSpan, id, entry.MemberName, "is also the C# name of the id '" + MessageText.Quote(other.Draft.Id) + "' at " + other.Where +
                    "; name one of them in the schema, under the type's members: " + MembersLine(collection, entry)));
                entry.IsExcluded = true;
            }
            else if (System.Text.Encoding.UTF8.GetByteCount(entry.MemberName) > Identifiers.MaxNameLength * 2)
            {
                // Ids are at most 200 characters, but letters outside ASCII and symbol words (%% → PercentPercent) grow.
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.IdNameCollision, entry.Path, entry.Draft.IdSpan, id, Shorten(entry.MemberName), "is too long for a C# name; name its member in the schema, under the type's members"));
                entry.IsExcluded = true;
            }
            else
            {
                collection.ByMember.Add(entry.MemberName, entry);
            }
        }

        /// <summary>
        /// Replaces each reference's id by the referenced entry's key, its index in the output, so the
        /// generated tables store numbers. A change of order in one collection thus re-emits the collections
        /// that refer to it, and nothing else.
        /// </summary>
        private static EquatableArray<ValueModel> WithKeys(EquatableArray<FieldSpec> fields, EquatableArray<ValueModel> values, Dictionary<string, Dictionary<string, int>> keys)
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

        private static ValueModel WithKeys(FieldSpec field, ValueModel value, Dictionary<string, Dictionary<string, int>> keys)
        {
            if (field.Kind is not (FieldKind.Reference or FieldKind.Object) || value.Kind == ValueKind.Null)
            {
                return value;
            }

            if (value.Kind == ValueKind.List)
            {
                var items = new ValueModel[value.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = WithKeys(field, value.Items[i], keys);
                }

                return value with { Items = new EquatableArray<ValueModel>(items) };
            }

            return field.Kind == FieldKind.Reference
                ? ValueModel.Scalar(ValueKind.Reference, keys[field.TypeName][value.Text].ToString(System.Globalization.CultureInfo.InvariantCulture))
                : value with { Items = WithKeys(field.Fields, value.Items, keys) };
        }

        /// <summary>Leaving out an entry leaves out the entries that refer to it, or their generated code would not compile.</summary>
        /// <summary>
        /// Leaves out the largest entries, each with FB0037, until the tables fit the compiler's string literal
        /// heap: the rest still generates, and the error is at the content rather than a CS8103 naming none.
        /// </summary>
        private static void ExcludeTheLargestEntriesBeyondTheLiteralHeap(List<Entry> entries, List<DiagnosticInfo> diagnostics)
        {
            var keyLength = LiteralBudget.KeyLength(entries.GroupBy(entry => entry.Collection).Select(group => group.Count()).DefaultIfEmpty(0).Max());
            var sizes = entries.Where(entry => !entry.IsExcluded).Select(entry => (Entry: entry, Size: LiteralBudget.Of(entry.Draft, entry.Collection.Type.Fields, keyLength, entry.Path))).ToList();
            var total = sizes.Sum(item => item.Size);
            if (total <= LiteralBudget.Characters)
            {
                return;
            }

            var needed = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var budget = LiteralBudget.Characters.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (entry, size) in sizes.OrderByDescending(item => item.Size).ThenBy(item => item.Entry.Where, StringComparer.Ordinal))
            {
                if (total <= LiteralBudget.Characters)
                {
                    break;
                }

                entry.IsExcluded = true;
                total -= size;
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.TooMuchText, entry.Path, entry.Draft.IdSpan, size.ToString(System.Globalization.CultureInfo.InvariantCulture), needed, budget));
            }
        }

        /// <summary>
        /// Leaves out every entry that refers, directly or through others, to one left out or missing: one walk
        /// from the excluded entries along reversed references, so a chain of 20,000 costs 20,000 steps.
        /// </summary>
        private static void ExcludeEntriesReferringToExcludedOnes(List<Entry> entries, Dictionary<string, Collection> byType)
        {
            var referrers = new Dictionary<Entry, List<Entry>>();
            var excluded = new Queue<Entry>();
            foreach (var entry in entries)
            {
                if (entry.IsExcluded)
                {
                    excluded.Enqueue(entry);
                    continue;
                }

                foreach (var reference in entry.Draft.References)
                {
                    if (!byType[reference.TargetType].ById.TryGetValue(reference.TargetId, out var target))
                    {
                        entry.IsExcluded = true;
                        excluded.Enqueue(entry);
                        break;
                    }

                    if (!referrers.TryGetValue(target, out var list))
                    {
                        referrers[target] = list = new List<Entry>();
                    }

                    list.Add(entry);
                }
            }

            while (excluded.Count > 0)
            {
                if (!referrers.TryGetValue(excluded.Dequeue(), out var list))
                {
                    continue;
                }

                foreach (var referrer in list.Where(referrer => !referrer.IsExcluded))
                {
                    referrer.IsExcluded = true;
                    excluded.Enqueue(referrer);
                }
            }
        }

        /// <summary>
        /// "Did you mean" for dangling references: one index per collection, built only when needed, and at
        /// most <see cref="PerFile"/> suggestions per file and <see cref="PerBuild"/> per build, so thousands of
        /// broken references (a renamed prefix) stay cheap; each one scans the collection's ids.
        /// </summary>
        private sealed class Suggestions
        {
            private const int PerFile = 100;
            private const int PerBuild = 500;
            private readonly Dictionary<Collection, SuggestionIndex> _indexes = new();
            private readonly Dictionary<string, int> _perFile = new(StringComparer.Ordinal);
            private int _total;

            public string For(string path, Collection collection, string id)
            {
                _perFile.TryGetValue(path, out var count);
                if (count >= PerFile || _total >= PerBuild)
                {
                    return string.Empty;
                }

                _perFile[path] = count + 1;
                _total++;
                if (!_indexes.TryGetValue(collection, out var index))
                {
                    _indexes[collection] = index = new SuggestionIndex(collection.ById.Keys);
                }

                return index.Suggestion(id);
            }
        }

        /// <summary>
        /// <c>{ "c#": CSharp2 }</c>: a line of YAML to copy, with the id double-quoted (a control character comes
        /// out as <c>\uXXXX</c> when the message is escaped, which YAML reads back too) and a name no entry has.
        /// </summary>
        private static string MembersLine(Collection collection, Entry entry)
        {
            var suffix = 2;
            while (collection.ByMember.ContainsKey(entry.MemberName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture)) ||
                collection.ReservedMembers.Contains(entry.MemberName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                suffix++;
            }

            var quoted = "\"" + entry.Draft.Id.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
            return "{ " + quoted + ": " + entry.MemberName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture) + " }";
        }

        private static string Shorten(string name) => name.Length <= 60 ? name : name.Substring(0, 60) + "…";

        private sealed class Collection
        {
            public Collection(TypeSpec type)
            {
                Type = type;
                ReservedMembers = new HashSet<string>(GeneratedNames.CollectionClassMembers(type), StringComparer.Ordinal);
            }

            public TypeSpec Type { get; }

            public HashSet<string> ReservedMembers { get; }

            public List<Entry> Entries { get; } = new();

            public Dictionary<string, Entry> ById { get; } = new(StringComparer.Ordinal);

            public Dictionary<string, Entry> ByMember { get; } = new(StringComparer.Ordinal);
        }

        private sealed class Entry
        {
            public Entry(EntryDraft draft, string path, Collection collection)
            {
                Draft = draft;
                Path = path;
                Collection = collection;
                MemberName = draft.MemberName;
                IsExcluded = draft.HasErrors;
            }

            public EntryDraft Draft { get; }

            public string Path { get; }

            public Collection Collection { get; }

            public string MemberName { get; }

            public bool IsExcluded { get; set; }

            public string Where => Path + "(" + Draft.IdSpan.Line + "," + Draft.IdSpan.Column + ")";
        }
    }
}
