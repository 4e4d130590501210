namespace Factbook.Generator.Content
{
    /// <summary>
    /// The cross-file index: every id registered once per collection, references checked, entries left out with
    /// those that refer to them, keys numbered; and the suggestions its messages give.
    /// </summary>
    internal static partial class ContentAssembler
    {
        /// <summary>
        /// The cross-file work over every file's keys (<see cref="KeysOf"/>): ids unique per collection, C# names
        /// free, references resolved, entries left out with those that refer to them, keys numbered.
        /// </summary>
        public static ContentIndex Index(IReadOnlyList<FileContent> fileKeys, SchemaSpec schema, bool stringTables = false, CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var files = OnePerPath(fileKeys, diagnostics);
            if (!schema.HasSchemaFile && files.Count > 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.NoSchema, files[0].Path, SourceSpan.FileStart));
            }

            var collections = schema.Types.ToDictionary(type => type.CollectionName, type => new Collection(type), StringComparer.Ordinal);
            var byType = collections.Values.ToDictionary(collection => collection.Type.Name, StringComparer.Ordinal);
            var (entries, byFile) = RegisterAll(files, collections, diagnostics, cancellationToken);
            var suggestions = new Suggestions();
            CheckReferences(entries, byType, suggestions, diagnostics);
            ReportMembersOfNoId(schema, collections, suggestions, diagnostics);
            ReportWaysDownToNothing(schema, fileKeys, collections, diagnostics);
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
            ReportCollectionsTooLargeForMembers(schema, included, diagnostics);
            foreach (var list in included.Values)
            {
                for (var key = 0; key < list.Count; key++)
                {
                    list[key].Key = key;
                }
            }

            var collectionIndexes = schema.Types
                .Select(type => new CollectionIndex(
                    type.Name,
                    included[type.Name].Select(entry => entry.Draft.Id).ToEquatableArray(),
                    included[type.Name].Select(entry => entry.MemberName).ToEquatableArray(),
                    IdsWithProblems(entries, type)))
                .ToEquatableArray();
            var fileIndexes = byFile.Select(file => new FileKeys(file.Path, file.Entries.Select(entry => entry is { IsExcluded: false } ? entry.Key : -1).ToEquatableArray())).ToEquatableArray();
            return new ContentIndex(collectionIndexes, fileIndexes, diagnostics.ToEquatableArray());
        }

        /// <summary>Every entry of every file registered in its collection (ids once, members free), and each file's entries in its order.</summary>
        private static (List<Entry> Entries, List<(string Path, List<Entry?> Entries)> ByFile) RegisterAll(
            List<(string Path, EquatableArray<EntryDraft> Entries, bool IsLeftOut)> files, Dictionary<string, Collection> collections, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            var entries = new List<Entry>();
            var byFile = new List<(string Path, List<Entry?> Entries)>();
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var inFile = new List<Entry?>();
                for (var i = 0; i < file.Entries.Count; i++)
                {
                    Entry? entry = null;
                    if (!file.IsLeftOut && collections.TryGetValue(file.Entries[i].Collection, out var collection))
                    {
                        entry = new Entry(file.Entries[i], file.Path, i, collection);
                        entries.Add(entry);
                        Register(entry, diagnostics);
                    }

                    inFile.Add(entry);
                }

                byFile.Add((file.Path, inFile));
            }

            return (entries, byFile);
        }

        /// <summary>
        /// The files in path order, each path once. A project can list a file twice in <c>AdditionalFiles</c>: its
        /// copies are one file, read once (FB0050). Copies that differ (only a host that is not a build can give
        /// them) cannot be told apart, so the file's entries are left out.
        /// </summary>
        private static List<(string Path, EquatableArray<EntryDraft> Entries, bool IsLeftOut)> OnePerPath(IReadOnlyList<FileContent> fileKeys, List<DiagnosticInfo> diagnostics)
        {
            var files = new List<(string Path, EquatableArray<EntryDraft> Entries, bool IsLeftOut)>();
            foreach (var copies in fileKeys.GroupBy(file => file.Path, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                var first = copies.First();
                if (first.Diagnostics.Count > 0)
                {
                    diagnostics.AddRange(first.Diagnostics); // a step that failed on the file (FB0999 from its guard)
                }

                var count = copies.Count();
                if (count == 1)
                {
                    files.Add((first.Path, first.Entries, false));
                    continue;
                }

                var same = copies.All(copy => copy.Equals(first));
                var consequence = same ? "; it is read once" : " with different texts, so its entries are left out until it is listed once";
                diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.FileGivenTwice, first.Path, SourceSpan.FileStart, count.ToString(System.Globalization.CultureInfo.InvariantCulture), consequence));
                files.Add((first.Path, same ? first.Entries : copies.OrderByDescending(copy => copy.Entries.Count).First().Entries, !same));
            }

            return files;
        }

        /// <summary>References and <c>superseded_by</c> that name no entry leave their entry out; those that name a retired one are warned of.</summary>
        private static void CheckReferences(List<Entry> entries, Dictionary<string, Collection> byType, Suggestions suggestions, List<DiagnosticInfo> diagnostics)
        {
            foreach (var entry in entries)
            {
                if (entry.Draft.Retirement is { SupersededBy.Length: > 0 } retirement && !entry.Collection.ById.ContainsKey(retirement.SupersededBy))
                {
                    diagnostics.Add(entry.Problem(
                        FactbookDiagnostics.UnresolvedReference,
                        DiagnosticAnchor.SupersededBy,
                        retirement.SupersededBySpan,
                        Keywords.SupersededBy,
                        entry.Collection.Type.Name,
                        MessageText.Quote(retirement.SupersededBy),
                        suggestions.For(entry.Path, entry.Collection, retirement.SupersededBy)) with { Consequence = entry.LeftOut });
                    entry.IsExcluded = true;
                }

                for (var r = 0; r < entry.Draft.References.Count; r++)
                {
                    var reference = entry.Draft.References[r];
                    var target = byType[reference.TargetType];
                    if (reference.HolderIndex >= 0)
                    {
                        // The link to a holder names it by place: a holder left out as a duplicate of another takes its entries with
                        // it (its error says so), rather than passing them to the other. A retired holder's entries are not warned of.
                        if (!target.ById.TryGetValue(reference.TargetId, out var holder) || holder.Path != entry.Path || holder.IndexInFile != reference.HolderIndex)
                        {
                            entry.IsExcluded = true;
                        }

                        continue;
                    }

                    if (target.ById.TryGetValue(reference.TargetId, out var referenced) && referenced.Draft.Retirement is { } retired)
                    {
                        var replacement = retired.SupersededBy.Length > 0 ? "; use '" + retired.SupersededBy + "' instead" : string.Empty;
                        diagnostics.Add(entry.Problem(FactbookDiagnostics.RetiredReference, r, reference.Span, reference.FieldName, target.Type.Name, reference.TargetId, replacement));
                    }

                    if (!target.ById.ContainsKey(reference.TargetId))
                    {
                        diagnostics.Add(entry.Problem(
                            FactbookDiagnostics.UnresolvedReference,
                            r,
                            reference.Span,
                            reference.FieldName,
                            target.Type.Name,
                            MessageText.Quote(reference.TargetId),
                            suggestions.For(entry.Path, target, reference.TargetId)) with { Consequence = entry.LeftOut });
                        entry.IsExcluded = true;
                    }
                }
            }
        }

        /// <summary>FB0043: a collection too large for one member per entry is reached by <c>Get</c> and <c>All</c> alone.</summary>
        private static void ReportCollectionsTooLargeForMembers(SchemaSpec schema, Dictionary<string, List<Entry>> included, List<DiagnosticInfo> diagnostics)
        {
            foreach (var type in schema.Types.Where(type => type.Binding.EntryMembers && included[type.Name].Count > GeneratedNames.MaxEntryMembers))
            {
                var first = included[type.Name][0];
                diagnostics.Add(first.Problem(
                    FactbookDiagnostics.NoEntryMembers,
                    DiagnosticAnchor.Id,
                    first.Draft.IdSpan,
                    type.CollectionName,
                    included[type.Name].Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    GeneratedNames.MaxEntryMembers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    type.CollectionClass));
            }
        }

        /// <summary>The ids written in content whose entries are left out for a problem, so FB0040 does not call them unknown.</summary>
        private static EquatableArray<string> IdsWithProblems(List<Entry> entries, TypeSpec type) =>
            entries.Where(entry => entry.IsExcluded && entry.Collection.Type.CollectionName == type.CollectionName && entry.Draft.WrittenId.Length > 0 && !entry.Collection.IsKept(entry.Draft.WrittenId))
                .Select(entry => entry.Draft.WrittenId)
                .Distinct(StringComparer.Ordinal)
                .ToEquatableArray();

        /// <summary>
        /// A <c>members</c> key that is no id of its type (a case slip, a typo, an id since removed) names nothing:
        /// said at the key with the closest id, or the code that uses the name meets CS0117 with no hint.
        /// </summary>
        private static void ReportMembersOfNoId(SchemaSpec schema, Dictionary<string, Collection> collections, Suggestions suggestions, List<DiagnosticInfo> diagnostics)
        {
            foreach (var type in schema.Types)
            {
                var collection = collections[type.CollectionName];
                foreach (var member in type.Binding.Members.Where(member => !collection.ById.ContainsKey(member.Id)))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        FactbookDiagnostics.MemberOfNoId,
                        type.Binding.SchemaPath,
                        member.KeySpan,
                        MessageText.Quote(member.Id),
                        type.Name,
                        suggestions.For(type.Binding.SchemaPath, collection, member.Id),
                        member.Member));
                }
            }
        }

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
                diagnostics.Add(entry.Problem(FactbookDiagnostics.TooMuchText, DiagnosticAnchor.Id, entry.Draft.IdSpan, size.ToString(System.Globalization.CultureInfo.InvariantCulture), needed, budget));
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

            /// <summary>The entry that has each value of each field with <c>unique: true</c>, first come.</summary>
            public Dictionary<(string Field, string Value), Entry> ByUniqueValue { get; } = new();

            public bool IsKept(string id) => ById.TryGetValue(id, out var entry) && !entry.IsExcluded;
        }

        private sealed class Entry
        {
            public Entry(EntryDraft draft, string path, int indexInFile, Collection collection)
            {
                Draft = draft;
                Path = path;
                IndexInFile = indexInFile;
                Collection = collection;
                MemberName = draft.MemberName;
                IsExcluded = draft.HasErrors;
            }

            public EntryDraft Draft { get; }

            public string Path { get; }

            public Collection Collection { get; }

            public string MemberName { get; }

            public bool IsExcluded { get; set; }

            /// <summary>Its place among its file's entries, where problems found across files are anchored.</summary>
            public int IndexInFile { get; }

            /// <summary>Its key once kept: its index among its collection's kept entries.</summary>
            public int Key { get; set; } = -1;

            public DiagnosticInfo Problem(FactbookDiagnostic diagnostic, int part, SourceSpan span, params string[] arguments) =>
                DiagnosticInfo.Create(diagnostic, Path, span, arguments) with { Anchor = new DiagnosticAnchor(IndexInFile, part) };

            public string Where => Path + "(" + Draft.IdSpan.Line + "," + Draft.IdSpan.Column + ")";

            /// <summary>
            /// What its exclusion costs, said in the problem that excludes it (<see cref="DiagnosticInfo.Consequence"/>,
            /// or before the fix where the message ends in a line to copy).
            /// </summary>
            public string LeftOut => DiagnosticInfo.LeavesOut(Collection.Type.Name, Draft.Id.Length > 0 ? Draft.Id : Draft.WrittenId);
        }
    }
}
