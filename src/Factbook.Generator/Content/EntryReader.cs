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
            return new FileContent(file.Path, reader.Entries.ToEquatableArray(), file.Diagnostics.Concat(reader.Diagnostics).ToEquatableArray());
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

            public List<EntryDraft> Entries { get; } = new();

            public List<DiagnosticInfo> Diagnostics { get; } = new();

            public void ReadFile(YamlNode? root)
            {
                if (root is null || (root.Kind == YamlNodeKind.Scalar && root.IsNull) || !_schema.HasSchemaFile)
                {
                    return;
                }

                if (root.Kind != YamlNodeKind.Mapping)
                {
                    var hint = root.Kind == YamlNodeKind.Sequence ? "; put the collection name, e.g. '" + ExampleCollection() + ":', on a line above the list" : string.Empty;
                    Report(FactbookDiagnostics.WrongShape, root.Span, "A content file", FileShape, root.Describe(), hint);
                    return;
                }

                if (IsOneRecord(root))
                {
                    // One error for the file, not one per field read as an unknown collection.
                    var keys = string.Join(", ", root.Entries.Take(4).Select(pair => MessageText.Quote(pair.Key.Text))) + (root.Entries.Count > 4 ? ", ..." : string.Empty);
                    Report(
                        FactbookDiagnostics.WrongShape,
                        root.Span,
                        "A content file",
                        FileShape,
                        "one record (" + keys + ")",
                        "; put it in its collection: a line '" + ExampleCollection() + ":' first, then the record as a list item ('- " + MessageText.Quote(root.Entries[0].Key.Text) + ": ...')");
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
                        var known = _schema.Types.Select(candidate => candidate.CollectionName).Concat(_schema.BrokenCollections).OrderBy(key => key, System.StringComparer.Ordinal).ToList();
                        Report(
                            FactbookDiagnostics.UnknownCollection,
                            collection.Key.Span,
                            MessageText.Quote(name),
                            Identifiers.Suggestion(name, known),
                            known.Count == 0 ? "no collections" : string.Join(", ", known));
                    }
                }
            }

            private const string FileShape = "a mapping from collection names to their entries";

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

            /// <summary>A collection to name in a fix: the one named like the file, else the first declared.</summary>
            private string ExampleCollection()
            {
                // By hand: System.IO.Path throws on characters .NET Framework hosts call invalid.
                var name = _path.Substring(_path.LastIndexOfAny(new[] { '/', '\\' }) + 1);
                var stem = name.LastIndexOf('.') > 0 ? name.Substring(0, name.LastIndexOf('.')) : name;
                if (FindType(stem) is not null)
                {
                    return stem;
                }

                return _schema.Types.Count > 0 ? _schema.Types[0].CollectionName : "things";
            }

            private TypeSpec? FindType(string collection)
            {
                for (var i = 0; i < _schema.Types.Count; i++)
                {
                    if (_schema.Types[i].CollectionName == collection)
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
                        ReadEntry(type, value);
                        break;
                    case YamlNodeKind.Sequence:
                        foreach (var item in value.Items)
                        {
                            if (item.Kind == YamlNodeKind.Mapping)
                            {
                                ReadEntry(type, item);
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

            /// <summary>A bug of ours on one entry costs that entry, reported at it, not the whole file.</summary>
            private void ReadEntry(TypeSpec type, YamlNode mapping)
            {
                var diagnosticCount = Diagnostics.Count;
                try
                {
                    _beforeEntry?.Invoke(mapping);
                    ReadEntryFields(type, mapping);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Diagnostics.RemoveRange(diagnosticCount, Diagnostics.Count - diagnosticCount);
                    var id = mapping.Get("id") is { Kind: YamlNodeKind.Scalar, IsNull: false } idNode ? idNode.Text : string.Empty;
                    Report(FactbookDiagnostics.InternalError, (mapping.Get("id") ?? mapping).Span, Describe(type.Name, id, startsSentence: false), Guard.Describe(exception));
                }
            }

            private void ReadEntryFields(TypeSpec type, YamlNode mapping)
            {
                var entry = new EntryState();
                var idNode = mapping.Get("id");
                if (idNode is null || idNode.Kind != YamlNodeKind.Scalar || idNode.IsNull)
                {
                    Report(FactbookDiagnostics.MissingId, (idNode ?? mapping).Span, type.Name);
                    entry.Span = mapping.Span;
                }
                else if (Identifiers.IsSlug(idNode.Text) && Identifiers.LengthProblem(idNode.Text) is { } tooLong)
                {
                    Report(FactbookDiagnostics.NameTooLong, idNode.Span, "id", MessageText.Quote(idNode.Text), tooLong);
                    entry.Span = idNode.Span;
                    entry.DisplayId = idNode.Text;
                }
                else if (!Identifiers.IsSlug(idNode.Text))
                {
                    Report(FactbookDiagnostics.InvalidId, idNode.Span, MessageText.Quote(idNode.Text), SlugHint(idNode.Text));
                    entry.Span = idNode.Span;
                    entry.DisplayId = idNode.Text;
                }
                else
                {
                    entry.Id = entry.DisplayId = idNode.Text;
                    entry.Span = idNode.Span;
                }

                var values = BindFields(type.Fields, mapping, type.Name, entry, isEntry: true);
                var retirement = ReadRetirement(mapping.Get("retired"), entry);
                Entries.Add(new EntryDraft(
                    type.CollectionName,
                    entry.Id,
                    entry.Span,
                    Summary(type, entry.Id, values),
                    values,
                    entry.HasErrors || entry.Id.Length == 0,
                    entry.References.ToEquatableArray(),
                    retirement,
                    entry.DisplayId));
            }

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

            private EquatableArray<ValueModel> BindFields(EquatableArray<FieldSpec> fields, YamlNode mapping, string typeName, EntryState entry, bool isEntry)
            {
                foreach (var pair in mapping.Entries)
                {
                    var key = pair.Key;
                    if (!(isEntry && key.Text is "id" or "retired") && !HasField(fields, key.Text))
                    {
                        Report(FactbookDiagnostics.UnknownField, key.Span, typeName, MessageText.Quote(key.Text), Identifiers.Suggestion(key.Text, fields.Select(field => field.Name)));
                        entry.HasErrors = true;
                    }
                }

                var values = new ValueModel[fields.Count];
                for (var i = 0; i < fields.Count; i++)
                {
                    var field = fields[i];
                    var node = mapping.Get(field.Name);
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

                    values[i] = BindValue(field, node, entry);
                }

                return new EquatableArray<ValueModel>(values);
            }

            private ValueModel BindValue(FieldSpec field, YamlNode node, EntryState entry)
            {
                if (!field.IsList)
                {
                    return BindSingle(field, node, entry);
                }

                if (node.Kind != YamlNodeKind.Sequence)
                {
                    return Fail(entry, FactbookDiagnostics.WrongShape, node.Span, "The field '" + field.Name + "'", "a list", node.Describe(), ListHint(node));
                }

                var items = new ValueModel[node.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = BindSingle(field, node.Items[i], entry);
                }

                return new ValueModel(ValueKind.List, string.Empty, new EquatableArray<ValueModel>(items));
            }

            private ValueModel BindSingle(FieldSpec field, YamlNode node, EntryState entry)
            {
                if (field.Kind == FieldKind.Object)
                {
                    return node.Kind == YamlNodeKind.Mapping
                        ? new ValueModel(ValueKind.Object, string.Empty, BindFields(field.Fields, node, field.TypeName, entry, isEntry: false))
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
                        return field.Scalar!.Parse(node.Text) is { } canonical
                            ? ValueModel.Scalar(ValueKind.Scalar, canonical)
                            : Fail(entry, FactbookDiagnostics.InvalidValue, node.Span, field.Name, field.Expectation, MessageText.Quote(node.Text), field.Scalar.Explain(node.Text));
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
            /// <summary>"; use 'new-york'", whole, so it can be copied; a long one is described instead of cut.</summary>
            private static string SlugHint(string id) =>
                Identifiers.SuggestSlug(id) is not { } slug ? string.Empty
                : slug.Length <= 60 ? "; use '" + slug + "'"
                : "; use its words in lowercase ASCII, joined by '-'";

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

        /// <summary>What is learnt about one entry while its fields are read.</summary>
        private sealed class EntryState
        {
            public string Id { get; set; } = string.Empty;

            /// <summary>The id as written, even when invalid, for messages.</summary>
            public string DisplayId { get; set; } = string.Empty;

            public SourceSpan Span { get; set; }

            public bool HasErrors { get; set; }

            public List<ReferenceDraft> References { get; } = new();
        }
    }
}
