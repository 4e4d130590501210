namespace Factbook.Generator.Content
{
    /// <summary>
    /// The cross-file part of assembly, made from every file's ids and references only
    /// (<see cref="ContentAssembler.KeysOf"/>), never from values: which entries are kept, each one's key, and
    /// the problems between files. An edit that changes values but no id, reference or line leaves it equal,
    /// so Roslyn reuses it and only the edited file is bound again (<see cref="ContentAssembler.Bind"/>).
    /// </summary>
    internal sealed class ContentIndex : IEquatable<ContentIndex>
    {
        private Dictionary<string, Dictionary<string, int>>? _keysByType;
        private Dictionary<string, EquatableArray<int>>? _keysByFile;
        private ILookup<string, DiagnosticInfo>? _diagnosticsByFile;

        public ContentIndex(EquatableArray<CollectionIndex> collections, EquatableArray<FileKeys> files, EquatableArray<DiagnosticInfo> diagnostics)
        {
            Collections = collections;
            Files = files;
            Diagnostics = diagnostics;
        }

        /// <summary>Per type, in schema order: the kept entries' ids and members, in key order.</summary>
        public EquatableArray<CollectionIndex> Collections { get; }

        /// <summary>Per file, in path order: each entry's key, or -1 when it is left out.</summary>
        public EquatableArray<FileKeys> Files { get; }

        /// <summary>
        /// Problems between files. Those at an entry are anchored to it (<see cref="DiagnosticInfo.Anchor"/>) and
        /// located when its file is bound, as the index does not change when only their offsets do.
        /// </summary>
        public EquatableArray<DiagnosticInfo> Diagnostics { get; }

        /// <summary>The key of an entry of a type by its id, for references; made on first use.</summary>
        public bool TryGetKey(string typeName, string id, out int key)
        {
            _keysByType ??= Collections.ToDictionary(
                collection => collection.TypeName,
                collection => collection.Ids.Select((entryId, index) => (entryId, index)).ToDictionary(pair => pair.entryId, pair => pair.index, StringComparer.Ordinal),
                StringComparer.Ordinal);
            key = -1;
            return _keysByType.TryGetValue(typeName, out var keys) && keys.TryGetValue(id, out key);
        }

        /// <summary>The keys of a file's entries, in its order; empty for a file with none. Paths are given once (<see cref="ContentAssembler.Index"/>).</summary>
        public EquatableArray<int> KeysOf(string path)
        {
            _keysByFile ??= Files.ToDictionary(file => file.Path, file => file.Keys, StringComparer.Ordinal);
            return _keysByFile.TryGetValue(path, out var keys) ? keys : EquatableArray<int>.Empty;
        }

        /// <summary>The problems at a file's entries; grouped once, as every file asks for its own.</summary>
        public IEnumerable<DiagnosticInfo> DiagnosticsOf(string path) =>
            (_diagnosticsByFile ??= Diagnostics.ToLookup(diagnostic => diagnostic.Path, StringComparer.Ordinal))[path];

        public CollectionIndex Collection(string typeName) => Collections.First(collection => collection.TypeName == typeName);

        public bool Equals(ContentIndex? other) =>
            other is not null && (ReferenceEquals(this, other) || (Collections == other.Collections && Files == other.Files && Diagnostics == other.Diagnostics));

        public override bool Equals(object? obj) => Equals(obj as ContentIndex);

        public override int GetHashCode() => Collections.GetHashCode() ^ Files.GetHashCode();
    }

    /// <summary>A type's kept entries in key order: their ids and members, and ids left out for a problem.</summary>
    internal sealed record CollectionIndex(string TypeName, EquatableArray<string> Ids, EquatableArray<string> Members, EquatableArray<string> IdsWithProblems);

    /// <summary>The key of each entry of one file, in its order; -1 for an entry left out.</summary>
    internal sealed record FileKeys(string Path, EquatableArray<int> Keys);

    /// <summary>One file's kept entries, bound to their keys, and the problems found in it.</summary>
    internal sealed record BoundFile(string Path, EquatableArray<BoundEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>A kept entry of a type, at its key.</summary>
    internal sealed record BoundEntry(string TypeName, int Key, EntryModel Model);
}
