namespace Factbook.Generator.Content
{
    /// <summary>
    /// Checks the entries of one content file against the schema: everything that can be known from the file
    /// alone. Ids across files and references are checked by <see cref="ContentAssembler"/>.
    /// </summary>
    internal static partial class EntryReader
    {
        public static FileContent Read(ParsedYamlFile file, SchemaSpec schema, CancellationToken cancellationToken = default) => Read(file, schema, beforeEntry: null, cancellationToken);

        /// <param name="beforeEntry">Runs before each entry is read; tests use it to make reading an entry fail.</param>
        internal static FileContent Read(ParsedYamlFile file, SchemaSpec schema, Action<YamlNode>? beforeEntry, CancellationToken cancellationToken = default)
        {
            var reader = new Reader(file.Path, schema, beforeEntry, cancellationToken);
            reader.ReadFile(file.Root);
            reader.SuggestDateTimeFields();
            var problems = RepeatedProblems.Fold(reader.Diagnostics, reader.Entries, reader.FoldedTypes());
            return new FileContent(file.Path, reader.Entries.ToEquatableArray(), file.Diagnostics.Concat(problems).ToEquatableArray(), reader.Citations.ToEquatableArray(), reader.Documents.ToEquatableArray())
            {
                HeldTypesReached = reader.HeldTypesReached.OrderBy(name => name, System.StringComparer.Ordinal).ToEquatableArray(),
            };
        }

        private sealed partial class Reader
        {
            private readonly string _path;
            private readonly SchemaSpec _schema;
            private readonly Action<YamlNode>? _beforeEntry;

            private readonly CancellationToken _cancellationToken;

            public Reader(string path, SchemaSpec schema, Action<YamlNode>? beforeEntry, CancellationToken cancellationToken)
            {
                _cancellationToken = cancellationToken;
                _path = path;
                _schema = schema;
                _beforeEntry = beforeEntry;
            }

            /// <summary>The type that binds the file being read in collections layout, found by its collection key there.</summary>
            private TypeSpec? _boundType;

            /// <summary>The type whose <c>files</c> match this file, if one does.</summary>
            public TypeSpec? BoundType { get; private set; }

            /// <summary>The id the bound file's path gives, for entries of its type in Factbook's own layout.</summary>
            private string _boundPathId = string.Empty;

            /// <summary>Entries read so far in this file: the next one's position (<c>id: { from: position }</c>).</summary>
            private int _entriesRead;

            /// <summary>The schema's <c>members</c> of each type, by id, made on first use.</summary>
            private readonly Dictionary<string, Dictionary<string, string>> _memberOverrides = new(System.StringComparer.Ordinal);

            public List<EntryDraft> Entries { get; } = new();

            public List<DiagnosticInfo> Diagnostics { get; } = new();

            public List<Citation> Citations { get; } = new();

            public List<DocumentText> Documents { get; } = new();

            public void ReadFile(YamlNode? root)
            {
                if (root is null || (root.Kind == YamlNodeKind.Scalar && root.IsNull) || !_schema.HasSchemaFile)
                {
                    return;
                }

                if (_schema.BrokenBindings.Any(binding => FileBinding.Matches(binding, _path) is not null))
                {
                    return; // its type has a schema error, reported there; its entries cannot be checked
                }

                var bound = _schema.Types
                    .Select(type => (Type: type, PathId: FileBinding.Matches(type.Binding, _path)))
                    .Where(match => match.PathId is not null)
                    .ToList();
                if (bound.Count > 1)
                {
                    Report(FactbookDiagnostics.FileBoundTwice, SourceSpan.FileStart, bound[0].Type.Name, bound[1].Type.Name);
                    return;
                }

                if (bound.Count == 1)
                {
                    BoundType = bound[0].Type;
                    ReadBoundFile(bound[0].Type, bound[0].PathId!, root);
                    return;
                }

                ReadCollectionsFile(root);
            }

            /// <summary>A bug of ours on one entry costs that entry, reported at it, not the whole file.</summary>
            private void ReadEntry(TypeSpec type, YamlNode mapping, EntryOrigin origin)
            {
                // Positions count the file's entries in order, across groups and collections, so they never repeat;
                // the bound type's entries in Factbook's own layout take their ids from the file's path too.
                _cancellationToken.ThrowIfCancellationRequested();
                origin = origin.Container is null ? origin with { Position = _entriesRead++ } : origin;
                if (origin.Layout == FileLayout.Collections && type == _boundType)
                {
                    origin = origin with { PathId = _boundPathId };
                }

                var diagnosticCount = Diagnostics.Count;
                string id;
                try
                {
                    _beforeEntry?.Invoke(mapping);
                    id = ReadEntryFields(type, mapping, origin);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Diagnostics.RemoveRange(diagnosticCount, Diagnostics.Count - diagnosticCount);
                    var written = mapping.Get(Keywords.Id) is { Kind: YamlNodeKind.Scalar, IsNull: false } idNode ? idNode.Text : string.Empty;
                    Report(FactbookDiagnostics.InternalError, (mapping.Get(Keywords.Id) ?? mapping).Span, Describe(type.Name, written, startsSentence: false), Guard.Describe(exception));
                    return;
                }

                ReadHeldEntries(type, mapping, id, Entries.Count - 1);
            }

            /// <summary>Reads one entry's fields into <see cref="Entries"/>; its id, or empty when it has no valid one.</summary>
            private string ReadEntryFields(TypeSpec type, YamlNode mapping, EntryOrigin origin)
            {
                var firstDiagnostic = Diagnostics.Count;
                var entry = new EntryState { Span = mapping.Span, TypeName = type.Name };
                var idSource = type.Binding.IdSourceFor(origin.Layout);
                var (id, idSpan) = ReadId(type, mapping, origin, idSource);
                if (id is null)
                {
                    Report(FactbookDiagnostics.MissingId, idSpan, type.Name, MissingIdHint(type, idSource));
                }
                else if (Identifiers.LengthProblem(id) is { } tooLong)
                {
                    Report(FactbookDiagnostics.NameTooLong, idSpan, "id", MessageText.Quote(id), tooLong);
                    entry.DisplayId = id;
                }
                else if (IdProblem(id) is { } problem)
                {
                    Report(FactbookDiagnostics.InvalidId, idSpan, MessageText.Quote(id), problem);
                    entry.DisplayId = id;
                }
                else
                {
                    entry.Id = entry.DisplayId = id;
                }

                entry.Span = idSpan;
                var context = new FieldContext(
                    type.Binding.ExtraFields,
                    idSource == IdSource.Field && type.Binding.IdField == Keywords.Id,
                    type.Binding.GroupField.Length > 0 && origin.Group is { } group ? (type.Binding.GroupField, group) : null)
                {
                    Container = origin.Container,
                    HolderIndex = origin.HolderIndex,
                    HeldKeys = HeldKeys(type),
                };
                var values = BindFields(type.Fields, mapping, type.Name, entry, context);
                var retirement = ReadRetirement(mapping.Get(Keywords.Retired), entry) ?? RetiredByField(type, mapping, values);
                if (entry.HasErrors || entry.Id.Length == 0)
                {
                    SayLeftOut(type, entry, firstDiagnostic);
                }

                Citations.AddRange(entry.Citations);
                Documents.AddRange(entry.Documents);
                Entries.Add(new EntryDraft(
                    type.CollectionName,
                    entry.Id,
                    entry.Span,
                    Summary(type, entry.Id, values),
                    values,
                    entry.HasErrors || entry.Id.Length == 0,
                    entry.References.ToEquatableArray(),
                    retirement,
                    entry.DisplayId,
                    EntryFacts.Describe(type, values),
                    entry.Id.Length == 0 || !type.Binding.EntryMembers ? string.Empty : MemberName(type, entry.Id)) { UniqueValues = UniqueValuesOf(type, mapping, values) });
                return entry.Id;
            }

            /// <summary>Every error of an entry that is left out says so, in case its severity is lowered.</summary>
            private void SayLeftOut(TypeSpec type, EntryState entry, int firstDiagnostic)
            {
                var leavesOut = DiagnosticInfo.LeavesOut(type.Name, entry.DisplayId);
                for (var i = firstDiagnostic; i < Diagnostics.Count; i++)
                {
                    if (Diagnostics[i].Definition.IsError)
                    {
                        Diagnostics[i] = Diagnostics[i] with { Consequence = leavesOut };
                    }
                }
            }

            /// <summary>The entry's values of fields with <c>unique: true</c>, canonical, where they are written.</summary>
            private static EquatableArray<UniqueValue> UniqueValuesOf(TypeSpec type, YamlNode mapping, EquatableArray<ValueModel> values)
            {
                List<UniqueValue>? unique = null;
                for (var i = 0; i < type.Fields.Count && i < values.Count; i++)
                {
                    if (type.Fields[i].IsUnique && values[i].Kind != ValueKind.Null && mapping.Get(type.Fields[i].Name) is { } node)
                    {
                        (unique ??= new List<UniqueValue>()).Add(new UniqueValue(type.Fields[i].Name, values[i].Text, node.Span));
                    }
                }

                return unique?.ToEquatableArray() ?? EquatableArray<UniqueValue>.Empty;
            }

            private string MemberName(TypeSpec type, string id)
            {
                if (type.Binding.Members.Count == 0)
                {
                    return MemberNames.FromId(id);
                }

                if (!_memberOverrides.TryGetValue(type.Name, out var overrides))
                {
                    overrides = new Dictionary<string, string>(System.StringComparer.Ordinal);
                    foreach (var member in type.Binding.Members)
                    {
                        overrides[member.Id] = member.Member;
                    }

                    _memberOverrides.Add(type.Name, overrides);
                }

                return overrides.TryGetValue(id, out var named) ? named : MemberNames.FromId(id);
            }

            /// <summary>The entry's id from where its type says, and where to report it; null when it has none.</summary>
            private static (string? Id, SourceSpan Span) ReadId(TypeSpec type, YamlNode mapping, EntryOrigin origin, IdSource source)
            {
                switch (source)
                {
                    case IdSource.Key when origin.Key is { } key:
                        return (key.Text, key.Span);
                    case IdSource.Path:
                        return (origin.PathId.Length > 0 ? origin.PathId : null, mapping.Span);
                    case IdSource.Position:
                        return ((origin.PathId.Length > 0 ? origin.PathId : "entry") + "/" + (origin.Position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), mapping.Span);
                    case IdSource.Field:
                        var node = mapping.Get(type.Binding.IdField);
                        return node is { Kind: YamlNodeKind.Scalar, IsNull: false } ? (node.Text, node.Span) : (null, (node ?? mapping).Span);
                    default:
                        return (null, (origin.Key ?? mapping).Span);
                }
            }

            /// <summary>What the entry lacks, for FB0021: "'id'", or where its type says ids come from.</summary>
            private static string MissingIdHint(TypeSpec type, IdSource source) => source switch
            {
                IdSource.Field => "'" + type.Binding.IdField + "'" + (type.Binding.IdField == Keywords.Id ? string.Empty : ", the field its type takes ids from"),
                IdSource.Key => "id: ids come from the keys of a map (layout: map), and this entry has none",
                _ => "id: its file's path gives none",
            };

            /// <summary>Ids are any one line of text; the generated member's name is derived from it (<see cref="MemberNames"/>).</summary>
            private static string? IdProblem(string id) =>
                id.Length == 0 ? "is empty; an id is one line of text"
                : id.IndexOf('\n') >= 0 || id.IndexOf('\r') >= 0 ? "spans several lines; an id is one line of text"
                : Emit.TableFormat.HasLoneSurrogate(id) ? "holds half of a character (a lone surrogate, from a '\\u' escape), which is not text; write the whole character"
                : null;

            private static bool HasField(EquatableArray<FieldSpec> fields, string name)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    if (fields[i].Name == name)
                    {
                        return true;
                    }
                }

                return false;
            }

            private static string Summary(TypeSpec type, string id, EquatableArray<ValueModel> values)
            {
                for (var i = 0; i < type.Fields.Count; i++)
                {
                    if (type.Fields[i].Name == type.DisplayField && type.Fields[i].Scalar == Kinds.ScalarKinds.String && values[i].Kind == ValueKind.Scalar)
                    {
                        return values[i].Text;
                    }
                }

                return id;
            }

            /// <summary>"The Place entry 'x'", or "A Place entry without an id" when it has none.</summary>
            private static string Describe(string typeName, string id, bool startsSentence = true)
            {
                var article = id.Length > 0 ? "The " : "AEIOU".IndexOf(typeName[0]) >= 0 ? "An " : "A ";
                var text = (startsSentence ? article : article.ToLowerInvariant()) + typeName + " entry ";
                return text + (id.Length > 0 ? "'" + MessageText.Quote(id) + "'" : "without an id");
            }

            private ValueModel Fail(EntryState entry, FactbookDiagnostic diagnostic, SourceSpan span, params string[] arguments)
            {
                Report(diagnostic, span, arguments);
                entry.HasErrors = true;
                return ValueModel.Null;
            }

            private void Report(FactbookDiagnostic diagnostic, SourceSpan span, params string[] arguments) =>
                Diagnostics.Add(DiagnosticInfo.Create(diagnostic, _path, span, arguments));
        }

        /// <summary>
        /// Where an entry was found: the layout of its file, the id its file's path gives, its position in its list,
        /// its key in a map, and its group's key.
        /// </summary>
        private sealed record EntryOrigin(FileLayout Layout, string PathId, int Position, YamlNode? Key, YamlNode? Group)
        {
            /// <summary>For an entry inside another (<c>in</c>), the holding entry's id; its position then counts inside that entry.</summary>
            public string? Container { get; init; }

            /// <summary>The holding entry's place among the file's entries (<see cref="ReferenceDraft.HolderIndex"/>).</summary>
            public int HolderIndex { get; init; } = -1;

            public static readonly EntryOrigin Collections = new(FileLayout.Collections, string.Empty, 0, null, null);
        }

        /// <summary>How an entry's fields are read: the extra-fields policy, whether 'id' is the id's own key, and a group key to put in a field.</summary>
        private sealed record FieldContext(ExtraFieldsPolicy ExtraFields, bool IdIsAField, (string Field, YamlNode Key)? Group)
        {
            /// <summary>The id of the entry that holds this one, for its link (<see cref="FieldSpec.IsContainer"/>).</summary>
            public string? Container { get; init; }

            public int HolderIndex { get; init; } = -1;

            /// <summary>Keys that lead to the entries this entry holds: not fields of its own, and not unknown either.</summary>
            public IReadOnlyCollection<string> HeldKeys { get; init; } = Array.Empty<string>();
        }

        /// <summary>What is learnt about one entry while its fields are read.</summary>
        private sealed class EntryState
        {
            /// <summary>The entry's type, for messages about fields of its nested objects.</summary>
            public string TypeName { get; set; } = string.Empty;

            public string Id { get; set; } = string.Empty;

            /// <summary>The id as written, even when invalid, for messages.</summary>
            public string DisplayId { get; set; } = string.Empty;

            public SourceSpan Span { get; set; }

            public bool HasErrors { get; set; }

            public List<ReferenceDraft> References { get; } = new();

            public List<Citation> Citations { get; } = new();

            public List<DocumentText> Documents { get; } = new();

            /// <summary>Texts of nested objects to cite from a field of the entry (<c>when.as_written</c> in <c>appears_in</c>), once its values are read.</summary>
            public List<(FieldSpec Field, YamlNode Text)> EnclosedCitations { get; } = new();
        }
    }
}