using System;
using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Model;
using Factbook.Generator.Naming;
using Factbook.Generator.Parsing;
using Factbook.Generator.Schema;

namespace Factbook.Generator.Content
{
    /// <summary>
    /// Checks the entries of one content file against the schema: everything that can be known from the file
    /// alone. Ids across files and references are checked by <see cref="ContentAssembler"/>.
    /// </summary>
    internal static class EntryReader
    {
        public static FileContent Read(ParsedYamlFile file, SchemaSpec schema) => Read(file, schema, beforeEntry: null);

        /// <param name="beforeEntry">Runs before each entry is read; tests use it to make reading an entry fail.</param>
        internal static FileContent Read(ParsedYamlFile file, SchemaSpec schema, Action<YamlNode>? beforeEntry)
        {
            var reader = new Reader(file.Path, schema, beforeEntry);
            reader.ReadFile(file.Root);
            reader.SuggestDateTimeFields();
            var problems = RepeatedProblems.Fold(reader.Diagnostics, reader.Entries, reader.BoundType is null ? Array.Empty<TypeSpec>() : new[] { reader.BoundType });
            return new FileContent(file.Path, reader.Entries.ToEquatableArray(), file.Diagnostics.Concat(problems).ToEquatableArray(), reader.Citations.ToEquatableArray(), reader.Documents.ToEquatableArray());
        }

        private sealed class Reader
        {
            private readonly string _path;
            private readonly SchemaSpec _schema;
            private readonly Action<YamlNode>? _beforeEntry;

            public Reader(string path, SchemaSpec schema, Action<YamlNode>? beforeEntry)
            {
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

            /// <summary>Factbook's own layout: top-level keys name collections (of unbound types, and of the type that binds the file).</summary>
            private void ReadCollectionsFile(YamlNode root, TypeSpec? boundType = null)
            {
                _boundType = boundType;
                if (root.Kind != YamlNodeKind.Mapping || !root.Entries.Any(pair => FindType(pair.Key.Text) is not null || _schema.BrokenCollections.Contains(pair.Key.Text)))
                {
                    ReportUnreadFile(root);
                    return;
                }

                foreach (var collection in root.Entries)
                {
                    var name = collection.Key.Text;
                    var type = FindType(name);
                    if (type is not null)
                    {
                        ReadCollection(type, collection.Value);
                    }
                    else if (!_schema.BrokenCollections.Contains(name))
                    {
                        var known = KnownCollections();
                        Report(
                            FactbookDiagnostics.UnknownCollection,
                            collection.Key.Span,
                            MessageText.Quote(name),
                            BoundElsewhere(name) ?? Identifiers.Suggestion(name, known),
                            DeclaredCollections(known));
                    }
                }
            }

            /// <summary>The collections a key may name, then those read from their own files, with their patterns.</summary>
            private string DeclaredCollections(List<string> known)
            {
                var bound = _schema.Types.Where(type => type.Binding.IsBound)
                    .OrderBy(type => type.CollectionName, System.StringComparer.Ordinal)
                    .Select(type => type.CollectionName + " (" + string.Join(", ", type.Binding.Files) + ")")
                    .ToList();
                var keys = known.Count == 0 ? "no collections" : string.Join(", ", known);
                return bound.Count == 0 ? keys : keys + "; read from their own files: " + string.Join(", ", bound);
            }

            /// <summary>A key that names a collection read from its own files (<c>files</c>), not by a key.</summary>
            private string? BoundElsewhere(string name) =>
                _schema.Types.FirstOrDefault(type => type.Binding.IsBound && type.CollectionName == name) is { } type
                    ? " (its entries are read from its own files, " + string.Join(", ", type.Binding.Files) + ", not under a key)"
                    : null;

            private List<string> KnownCollections() =>
                _schema.Types.Where(type => !type.Binding.IsBound).Select(type => type.CollectionName).Concat(_schema.BrokenCollections).OrderBy(key => key, System.StringComparer.Ordinal).ToList();

            /// <summary>
            /// A file no type binds and with no collection key of its own: other YAML beside the content (a site's
            /// data, a tool's settings) gets one warning, not an error per key. A key that looks like a misspelt
            /// collection is still an error, or a typo would silently drop the file's entries.
            /// </summary>
            private void ReportUnreadFile(YamlNode root)
            {
                var known = KnownCollections();
                var misspelt = root.Kind == YamlNodeKind.Mapping
                    ? root.Entries.Where(pair => Identifiers.Closest(pair.Key.Text, known) is not null).ToList()
                    : new List<YamlMapEntry>();
                foreach (var pair in misspelt)
                {
                    Report(FactbookDiagnostics.UnknownCollection, pair.Key.Span, MessageText.Quote(pair.Key.Text), Identifiers.Suggestion(pair.Key.Text, known), DeclaredCollections(known));
                }

                if (misspelt.Count == 0)
                {
                    var shape = root.Kind == YamlNodeKind.Sequence ? "a list"
                        : IsOneRecord(root) ? "one record"
                        : root.Kind == YamlNodeKind.Mapping ? "a mapping without a collection key"
                        : root.Describe();
                    Report(FactbookDiagnostics.UnreadFile, SourceSpan.FileStart, shape, known.Count == 0 ? "none" : string.Join(", ", known), ExampleBinding(root));
                }
            }

            /// <summary>
            /// The schema lines that would bind this file, as a fix to copy: its path relative to the schema's
            /// folder, where patterns start, double-quoted as YAML reads it back.
            /// </summary>
            private string ExampleBinding(YamlNode root)
            {
                var layout = root.Kind == YamlNodeKind.Sequence ? "list" : IsOneRecord(root) ? "record" : "map";
                var path = _path.Replace('\\', '/');
                var folder = _schema.Types.Count > 0 ? _schema.Types[0].Binding.Root : string.Empty;
                var relative = folder.Length > 0 && path.StartsWith(folder, System.StringComparison.Ordinal) ? path.Substring(folder.Length) : path.Substring(path.LastIndexOf('/') + 1);
                var pattern = relative.Replace("\\", "\\\\").Replace("\"", "\\\"");
                return "files: \"" + pattern + "\" and layout: " + layout;
            }

            /// <summary>What YAML 1.1 tools read as booleans besides <c>true</c> and <c>false</c>.</summary>
            private static readonly HashSet<string> YamlOneOneBooleans = new(System.StringComparer.Ordinal)
            {
                "True", "TRUE", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
            };

            /// <summary>
            /// A record at the file root, as one-record-per-file datasets are written: no key names a collection
            /// and some key holds a plain value, which a collection never does.
            /// </summary>
            private bool IsOneRecord(YamlNode root) =>
                root.Entries.Count > 1 &&
                root.Entries.Any(pair => pair.Value.Kind == YamlNodeKind.Scalar && !pair.Value.IsNull) &&
                !root.Entries.Any(pair => FindType(pair.Key.Text) is not null || _schema.BrokenCollections.Contains(pair.Key.Text));

            private TypeSpec? FindType(string collection)
            {
                if (_boundType is not null && _boundType.CollectionName == collection)
                {
                    return _boundType;
                }

                for (var i = 0; i < _schema.Types.Count; i++)
                {
                    if (_schema.Types[i].CollectionName == collection && !_schema.Types[i].Binding.IsBound)
                    {
                        return _schema.Types[i];
                    }
                }

                return null;
            }

            private void ReadCollection(TypeSpec type, YamlNode value)
            {
                switch (value.Kind)
                {
                    case YamlNodeKind.Mapping:
                        ReadEntry(type, value, EntryOrigin.Collections);
                        break;
                    case YamlNodeKind.Sequence:
                        foreach (var item in value.Items)
                        {
                            if (item.Kind == YamlNodeKind.Mapping)
                            {
                                ReadEntry(type, item, EntryOrigin.Collections);
                            }
                            else
                            {
                                Report(FactbookDiagnostics.WrongShape, item.Span, "An entry of '" + type.CollectionName + "'", "a mapping of fields", item.Describe(), string.Empty);
                            }
                        }

                        break;
                    default:
                        if (!value.IsNull)
                        {
                            Report(FactbookDiagnostics.WrongShape, value.Span, "The collection '" + type.CollectionName + "'", "a list of entries", value.Describe(), string.Empty);
                        }

                        break;
                }
            }

            /// <summary>A file bound to a type by its <c>files</c>: read in the type's layout, or the one the file shows.</summary>
            /// <param name="pathId">The id the file's path gives (<see cref="FileBinding.Matches"/>).</param>
            private void ReadBoundFile(TypeSpec type, string pathId, YamlNode root)
            {
                var binding = type.Binding;
                var layout = binding.Layout == FileLayout.Inferred ? InferLayout(type, root) : binding.Layout;
                switch (layout)
                {
                    case FileLayout.Collections:
                        _boundPathId = pathId;
                        ReadCollectionsFile(root, type);
                        return;
                    case FileLayout.Record when root.Kind == YamlNodeKind.Mapping:
                        ReadEntry(type, root, new EntryOrigin(layout, pathId, 0, null, null));
                        return;
                    case FileLayout.List when root.Kind == YamlNodeKind.Sequence:
                        ReadItems(type, root, new EntryOrigin(layout, pathId, 0, null, null));
                        return;
                    case FileLayout.Map when root.Kind == YamlNodeKind.Mapping:
                        for (var i = 0; i < root.Entries.Count; i++)
                        {
                            var pair = root.Entries[i];
                            if (pair.Value.Kind == YamlNodeKind.Mapping || (pair.Value.Kind == YamlNodeKind.Scalar && pair.Value.IsNull))
                            {
                                ReadEntry(type, pair.Value, new EntryOrigin(layout, pathId, i, pair.Key, null));
                            }
                            else
                            {
                                Report(FactbookDiagnostics.WrongShape, pair.Value.Span, "The entry '" + MessageText.Quote(pair.Key.Text) + "' of '" + type.CollectionName + "'", "a mapping of fields", pair.Value.Describe(), string.Empty);
                            }
                        }

                        return;
                    case FileLayout.Groups when root.Kind == YamlNodeKind.Mapping:
                        foreach (var group in root.Entries)
                        {
                            if (group.Value.Kind == YamlNodeKind.Sequence)
                            {
                                ReadItems(type, group.Value, new EntryOrigin(layout, pathId, 0, null, group.Key));
                            }
                            else if (!group.Value.IsNull)
                            {
                                Report(FactbookDiagnostics.WrongShape, group.Value.Span, "The group '" + MessageText.Quote(group.Key.Text) + "' of '" + type.CollectionName + "'", "a list of entries", group.Value.Describe(), string.Empty);
                            }
                        }

                        return;
                    case FileLayout.Inferred:
                        Report(FactbookDiagnostics.WrongShape, root.Span, "A file of '" + type.CollectionName + "'", "a list of entries, a map from ids to entries, or one entry", root.Describe(), "; state the layout in the schema (layout: list, map, record or groups)");
                        return;
                    default:
                        Report(FactbookDiagnostics.WrongShape, root.Span, "A file of '" + type.CollectionName + "'", LayoutExpectation(layout), root.Describe(), string.Empty);
                        return;
                }
            }

            private static string LayoutExpectation(FileLayout layout) => layout switch
            {
                FileLayout.List => "a list of entries (layout: list)",
                FileLayout.Map => "a map from ids to entries (layout: map)",
                FileLayout.Record => "one entry (layout: record)",
                _ => "a map from group keys to lists of entries (layout: groups)",
            };

            /// <summary>
            /// The layout of a file whose type does not state one: a list is a list; a mapping with a key that is a
            /// field of the type is one record; a mapping of mappings is a map from ids to entries.
            /// </summary>
            private static FileLayout InferLayout(TypeSpec type, YamlNode root)
            {
                if (root.Kind == YamlNodeKind.Sequence)
                {
                    return FileLayout.List;
                }

                if (root.Kind != YamlNodeKind.Mapping)
                {
                    return FileLayout.Inferred;
                }

                // A record holds plain values under its plain fields; a map holds a mapping under every key, even
                // under an id that is also a field's name.
                var allMappings = root.Entries.All(pair => pair.Value.Kind == YamlNodeKind.Mapping || (pair.Value.Kind == YamlNodeKind.Scalar && pair.Value.IsNull));
                var fieldKeys = root.Entries.Where(pair => pair.Key.Text == type.Binding.IdField || HasField(type.Fields, pair.Key.Text)).ToList();
                if (fieldKeys.Count > 0 && !(allMappings && fieldKeys.Any(pair => type.Fields.FirstOrDefault(field => field.Name == pair.Key.Text) is not { Kind: FieldKind.Object })))
                {
                    return FileLayout.Record;
                }

                return allMappings ? FileLayout.Map : FileLayout.Inferred;
            }

            private void ReadItems(TypeSpec type, YamlNode list, EntryOrigin origin)
            {
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var item = list.Items[i];
                    if (item.Kind == YamlNodeKind.Mapping)
                    {
                        ReadEntry(type, item, origin);
                    }
                    else
                    {
                        Report(FactbookDiagnostics.WrongShape, item.Span, "An entry of '" + type.CollectionName + "'", "a mapping of fields", item.Describe(), string.Empty);
                    }
                }
            }

            /// <summary>A bug of ours on one entry costs that entry, reported at it, not the whole file.</summary>
            private void ReadEntry(TypeSpec type, YamlNode mapping, EntryOrigin origin)
            {
                // Positions count the file's entries in order, across groups and collections, so they never repeat;
                // the bound type's entries in Factbook's own layout take their ids from the file's path too.
                origin = origin with { Position = _entriesRead++ };
                if (origin.Layout == FileLayout.Collections && type == _boundType)
                {
                    origin = origin with { PathId = _boundPathId };
                }

                var diagnosticCount = Diagnostics.Count;
                try
                {
                    _beforeEntry?.Invoke(mapping);
                    ReadEntryFields(type, mapping, origin);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Diagnostics.RemoveRange(diagnosticCount, Diagnostics.Count - diagnosticCount);
                    var id = mapping.Get("id") is { Kind: YamlNodeKind.Scalar, IsNull: false } idNode ? idNode.Text : string.Empty;
                    Report(FactbookDiagnostics.InternalError, (mapping.Get("id") ?? mapping).Span, Describe(type.Name, id, startsSentence: false), Guard.Describe(exception));
                }
            }

            private void ReadEntryFields(TypeSpec type, YamlNode mapping, EntryOrigin origin)
            {
                var firstDiagnostic = Diagnostics.Count;
                var entry = new EntryState { Span = mapping.Span };
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
                    idSource == IdSource.Field && type.Binding.IdField == "id",
                    type.Binding.GroupField.Length > 0 && origin.Group is { } group ? (type.Binding.GroupField, group) : null);
                var values = BindFields(type.Fields, mapping, type.Name, entry, context);
                var retirement = ReadRetirement(mapping.Get("retired"), entry);
                if (entry.HasErrors || entry.Id.Length == 0)
                {
                    // Every error of an entry that is left out says so, in case its severity is lowered.
                    var leavesOut = DiagnosticInfo.LeavesOut(type.Name, entry.DisplayId);
                    for (var i = firstDiagnostic; i < Diagnostics.Count; i++)
                    {
                        if (Diagnostics[i].Definition.IsError)
                        {
                            Diagnostics[i] = Diagnostics[i] with { Consequence = leavesOut };
                        }
                    }
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
                    entry.Id.Length == 0 ? string.Empty : MemberName(type, entry.Id)));
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
                IdSource.Field => "'" + type.Binding.IdField + "'" + (type.Binding.IdField == "id" ? string.Empty : ", the field its type takes ids from"),
                IdSource.Key => "id: ids come from the keys of a map (layout: map), and this entry has none",
                _ => "id: its file's path gives none",
            };

            /// <summary>Ids are any one line of text; the generated member's name is derived from it (<see cref="MemberNames"/>).</summary>
            private static string? IdProblem(string id) =>
                id.Length == 0 ? "is empty; an id is one line of text"
                : id.IndexOf('\n') >= 0 || id.IndexOf('\r') >= 0 ? "spans several lines; an id is one line of text"
                : Kinds.TableText.HasLoneSurrogate(id) ? "holds half of a character (a lone surrogate, from a '\\u' escape), which is not text; write the whole character"
                : null;

            /// <summary><c>retired: true</c>, <c>retired: the reason</c>, or <c>retired: { reason: …, superseded_by: id }</c>.</summary>
            private RetirementDraft? ReadRetirement(YamlNode? node, EntryState entry)
            {
                if (node is null || node.IsNull || (node.Kind == YamlNodeKind.Scalar && node.Text == "false"))
                {
                    return null;
                }

                if (node.Kind == YamlNodeKind.Scalar)
                {
                    if (YamlOneOneBooleans.Contains(node.Text))
                    {
                        // Other tools read these as booleans; taking one as a reason would say something else.
                        Fail(entry, FactbookDiagnostics.WrongShape, node.Span, "'retired'", "true, false, a reason, or a mapping with 'reason' and 'superseded_by'", node.Describe(), "; write true or false in lowercase");
                        return null;
                    }

                    return new RetirementDraft(node.Text == "true" ? string.Empty : node.Text, string.Empty, node.Span);
                }

                if (node.Kind == YamlNodeKind.Mapping)
                {
                    foreach (var pair in node.Entries.Where(pair => pair.Key.Text is not ("reason" or "superseded_by")))
                    {
                        Fail(entry, FactbookDiagnostics.UnknownField, pair.Key.Span, "'retired'", MessageText.Quote(pair.Key.Text), Identifiers.Suggestion(pair.Key.Text, new[] { "reason", "superseded_by" }));
                    }

                    var reason = node.Get("reason");
                    var supersededBy = node.Get("superseded_by");
                    foreach (var (name, part) in new[] { ("reason", reason), ("superseded_by", supersededBy) })
                    {
                        if (part is not null && part.Kind != YamlNodeKind.Scalar)
                        {
                            Fail(entry, FactbookDiagnostics.WrongShape, part.Span, "'" + name + "' of 'retired'", name == "reason" ? "text" : "the id of an entry", part.Describe(), string.Empty);
                        }
                    }

                    return new RetirementDraft(
                        reason is { Kind: YamlNodeKind.Scalar, IsNull: false } ? reason.Text : string.Empty,
                        supersededBy is { Kind: YamlNodeKind.Scalar, IsNull: false } ? supersededBy.Text : string.Empty,
                        (supersededBy ?? node).Span);
                }

                Fail(entry, FactbookDiagnostics.WrongShape, node.Span, "'retired'", "true, a reason, or a mapping with 'reason' and 'superseded_by'", node.Describe(), string.Empty);
                return null;
            }

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

            private EquatableArray<ValueModel> BindFields(EquatableArray<FieldSpec> fields, YamlNode mapping, string typeName, EntryState entry, FieldContext context, bool isEntry = true)
            {
                foreach (var pair in mapping.Entries)
                {
                    var key = pair.Key;
                    var reserved = isEntry && (key.Text == "retired" || (key.Text == "id" && context.IdIsAField));
                    if (!reserved && !HasField(fields, key.Text))
                    {
                        // Never drops the entry: lowering the diagnostic's severity must not lose data.
                        var suggestion = Identifiers.Suggestion(key.Text, fields.Select(field => field.Name));
                        if (context.ExtraFields == ExtraFieldsPolicy.Error)
                        {
                            Report(FactbookDiagnostics.UnknownField, key.Span, typeName, MessageText.Quote(key.Text), suggestion);
                        }
                        else if (context.ExtraFields == ExtraFieldsPolicy.Warn)
                        {
                            Report(FactbookDiagnostics.ExtraFieldIgnored, key.Span, typeName, MessageText.Quote(key.Text), suggestion);
                        }
                    }
                }

                var values = new ValueModel[fields.Count];
                for (var i = 0; i < fields.Count; i++)
                {
                    var field = fields[i];
                    var node = mapping.Get(field.Name);
                    if (node is null && isEntry && context.Group is { } group && group.Field == field.Name)
                    {
                        node = group.Key;
                    }

                    if (node is null || (node.Kind == YamlNodeKind.Scalar && node.IsNull))
                    {
                        if (field.IsRequired)
                        {
                            Report(FactbookDiagnostics.MissingRequiredField, entry.Span, Describe(typeName, entry.DisplayId), field.Name);
                            entry.HasErrors = true;
                        }

                        values[i] = field.Default ?? (field.IsList ? ValueModel.EmptyList : ValueModel.Null);
                        continue;
                    }

                    values[i] = BindValue(field, node, entry, context);
                }

                NoteCitationsAndDocuments(fields, mapping, typeName, values, entry, isEntry);
                return new EquatableArray<ValueModel>(values);
            }

            /// <summary>
            /// Text that must be verbatim in a document (<c>verbatim_in</c>), and the text file an entry names (a field
            /// of type <c>file</c>), kept with where they are written for <see cref="VerbatimCheck"/>.
            /// </summary>
            private void NoteCitationsAndDocuments(EquatableArray<FieldSpec> fields, YamlNode mapping, string typeName, ValueModel[] values, EntryState entry, bool isEntry)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    var field = fields[i];
                    if (isEntry && entry.Id.Length > 0 && field.Scalar is Kinds.FileKind && !field.IsList && values[i].Kind is ValueKind.Scalar or ValueKind.Null)
                    {
                        // A name the schema's default gives is located at the entry, which does not write it; an
                        // optional text left out is kept too, so that its quotes are said to be unchecked.
                        var fileName = values[i].Kind == ValueKind.Scalar ? values[i].Text : string.Empty;
                        entry.Documents.Add(new DocumentText(typeName, entry.Id, fileName, _path, mapping.Get(field.Name)?.Span ?? entry.Span, field.Name));
                    }

                    if (field.VerbatimIn.Length == 0 || mapping.Get(field.Name) is not { } textNode)
                    {
                        continue;
                    }

                    var sibling = IndexOf(fields, field.VerbatimIn);
                    if (sibling < 0 || values[sibling].Kind != ValueKind.Reference)
                    {
                        continue; // no document named, or a wrong one, which is reported at its own field
                    }

                    var document = values[sibling].Text;
                    IEnumerable<YamlNode> nodes = textNode.Kind == YamlNodeKind.Sequence ? textNode.Items : new[] { textNode };
                    foreach (var node in nodes.Where(node => node.Kind == YamlNodeKind.Scalar && !node.IsNull))
                    {
                        entry.Citations.Add(new Citation(_path, node.Text, fields[sibling].TypeName, document, field.Name, node.Span));
                    }
                }
            }

            private static int IndexOf(EquatableArray<FieldSpec> fields, string name)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    if (fields[i].Name == name)
                    {
                        return i;
                    }
                }

                return -1;
            }

            private ValueModel BindValue(FieldSpec field, YamlNode node, EntryState entry, FieldContext context)
            {
                if (!field.IsList)
                {
                    return BindSingle(field, node, entry, context);
                }

                if (node.Kind != YamlNodeKind.Sequence)
                {
                    return Fail(entry, FactbookDiagnostics.WrongShape, node.Span, "The field '" + field.Name + "'", "a list", node.Describe(), ListHint(node));
                }

                var items = new ValueModel[node.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = BindSingle(field, node.Items[i], entry, context);
                }

                return new ValueModel(ValueKind.List, string.Empty, new EquatableArray<ValueModel>(items));
            }

            private ValueModel BindSingle(FieldSpec field, YamlNode node, EntryState entry, FieldContext context)
            {
                if (field.Kind == FieldKind.Object)
                {
                    return node.Kind == YamlNodeKind.Mapping
                        ? new ValueModel(ValueKind.Object, string.Empty, BindFields(field.Fields, node, field.TypeName, entry, context, isEntry: false))
                        : Fail(entry, FactbookDiagnostics.WrongShape, node.Span, "The field '" + field.Name + "'", "a mapping of its fields", node.Describe(), string.Empty);
                }

                if (node.Kind != YamlNodeKind.Scalar || node.IsNull)
                {
                    return Fail(entry, FactbookDiagnostics.WrongShape, node.Span, "The field '" + field.Name + "'", field.Expectation, node.Describe(), string.Empty);
                }

                switch (field.Kind)
                {
                    case FieldKind.Enum:
                        for (var i = 0; i < field.EnumValues.Count; i++)
                        {
                            if (field.EnumValues[i] == node.Text)
                            {
                                return ValueModel.Scalar(ValueKind.Enum, field.EnumMembers[i]);
                            }
                        }

                        return Fail(entry, FactbookDiagnostics.UnknownEnumValue, node.Span, MessageText.Quote(node.Text), field.Name, Identifiers.Suggestion(node.Text, field.EnumValues), string.Join(", ", field.EnumValues));
                    case FieldKind.Reference:
                        entry.References.Add(new ReferenceDraft(field.TypeName, node.Text, field.Name, node.Span));
                        return ValueModel.Scalar(ValueKind.Reference, node.Text);
                    default:
                        if (field.Scalar!.Parse(node.Text) is { } canonical)
                        {
                            NoteDateValue(field, isDateTime: false);
                            return ValueModel.Scalar(ValueKind.Scalar, canonical);
                        }

                        var failed = Fail(entry, FactbookDiagnostics.InvalidValue, node.Span, field.Name, field.Expectation, MessageText.Quote(node.Text), field.Scalar.Explain(node.Text));
                        if (field.Scalar is Kinds.DateKind && new Kinds.DateTimeKind().Parse(node.Text) is not null)
                        {
                            NoteDateValue(field, isDateTime: true);
                        }

                        return failed;
                }
            }

            /// <summary>Per date field of this file: its valid dates, and the problems at values that are a date and time.</summary>
            /// <remarks>By reference: a field's spec is one object per schema, and hashing a record per value would cost every date read.</remarks>
            private readonly Dictionary<FieldSpec, (int Dates, List<int> DateTimes)> _dateFields = new(SameSpec.Instance);

            private sealed class SameSpec : IEqualityComparer<FieldSpec>
            {
                public static readonly SameSpec Instance = new();

                public bool Equals(FieldSpec? x, FieldSpec? y) => ReferenceEquals(x, y);

                public int GetHashCode(FieldSpec obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
            }

            private void NoteDateValue(FieldSpec field, bool isDateTime)
            {
                if (field.Scalar is not Kinds.DateKind)
                {
                    return;
                }

                if (!_dateFields.TryGetValue(field, out var seen))
                {
                    seen = (0, new List<int>());
                }

                if (isDateTime)
                {
                    seen.DateTimes.Add(Diagnostics.Count - 1);
                }

                _dateFields[field] = isDateTime ? seen : (seen.Dates + 1, seen.DateTimes);
            }

            /// <summary>A date field whose every value in the file is a date and time was meant to be a date-time field: FB0027 says so.</summary>
            public void SuggestDateTimeFields()
            {
                foreach (var pair in _dateFields.Where(pair => pair.Value.Dates == 0 && pair.Value.DateTimes.Count > 0))
                {
                    foreach (var index in pair.Value.DateTimes)
                    {
                        var diagnostic = Diagnostics[index];
                        var arguments = diagnostic.Arguments.ToArray();
                        arguments[arguments.Length - 1] += "; every value of '" + pair.Key.Name + "' in this file is a date and time: to keep them, make the field 'type: datetime'";
                        Diagnostics[index] = diagnostic with { Arguments = arguments.ToEquatableArray() };
                    }
                }
            }

            /// <summary>"The Place entry 'x'", or "A Place entry without an id" when it has none.</summary>
            private static string Describe(string typeName, string id, bool startsSentence = true)
            {
                var article = id.Length > 0 ? "The " : "AEIOU".IndexOf(typeName[0]) >= 0 ? "An " : "A ";
                var text = (startsSentence ? article : article.ToLowerInvariant()) + typeName + " entry ";
                return text + (id.Length > 0 ? "'" + MessageText.Quote(id) + "'" : "without an id");
            }

            /// <summary>For one value where a list is expected: how to write it as a list of one.</summary>
            private static string ListHint(YamlNode node)
            {
                if (node.Kind != YamlNodeKind.Scalar || node.IsNull)
                {
                    return string.Empty;
                }

                // Shown as it would be written only when it reads back the same in a flow list: short, plain
                // words, not a YAML null or boolean; anything else gets the rule without an example to copy.
                var text = node.Text;
                var plain = text.Length <= 60 && text.Length > 0 && char.IsLetterOrDigit(text[0]) && text.Trim() == text &&
                    text.All(c => c < 128 && (char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.')) &&
                    text.ToLowerInvariant() is not ("null" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n");
                return plain ? "; write a list, even of one: [" + text + "]" : "; write a list, even of one, in [ ]";
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
            public static readonly EntryOrigin Collections = new(FileLayout.Collections, string.Empty, 0, null, null);
        }

        /// <summary>How an entry's fields are read: the extra-fields policy, whether 'id' is the id's own key, and a group key to put in a field.</summary>
        private sealed record FieldContext(ExtraFieldsPolicy ExtraFields, bool IdIsAField, (string Field, YamlNode Key)? Group);

        /// <summary>What is learnt about one entry while its fields are read.</summary>
        private sealed class EntryState
        {
            public string Id { get; set; } = string.Empty;

            /// <summary>The id as written, even when invalid, for messages.</summary>
            public string DisplayId { get; set; } = string.Empty;

            public SourceSpan Span { get; set; }

            public bool HasErrors { get; set; }

            public List<ReferenceDraft> References { get; } = new();

            public List<Citation> Citations { get; } = new();

            public List<DocumentText> Documents { get; } = new();
        }
    }
}
