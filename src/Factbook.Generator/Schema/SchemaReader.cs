using System;
using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Content;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Kinds;
using Factbook.Generator.Model;
using Factbook.Generator.Naming;
using Factbook.Generator.Parsing;

namespace Factbook.Generator.Schema
{
    /// <summary>Reads the <c>*.schema.yaml</c> files into <see cref="SchemaSpec"/>, reporting every mistake.</summary>
    internal static class SchemaReader
    {
        private static readonly string[] RootKeys = { "types" };
        private static readonly string[] TypeKeys = new[] { "collection", "description", "display", "fields" }.Concat(TypeBindingReader.Keys).ToArray();
        private static readonly string[] FieldKeys = { "type", "description", "optional", "default", "values", "fields", "index", "verbatim_in" };

        /// <summary>The built-in types: every scalar kind, then the two whose shape the schema declares.</summary>
        internal static IEnumerable<string> BuiltInTypes => ScalarKinds.Keywords.Concat(new[] { "enum", "object" });

        public static SchemaSpec Read(IEnumerable<ParsedYamlFile> schemaFiles)
        {
            var files = schemaFiles.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                return SchemaSpec.None;
            }

            var reader = new Reader();
            foreach (var file in files)
            {
                reader.ReadHeaders(file);
            }

            return reader.Finish();
        }

        /// <summary>The generated names a type owns, found before its fields so references can point anywhere.</summary>
        private sealed record TypeHeader(string Name, string CollectionName, string CollectionClass, string IdEnum, YamlNode Node, string Path);

        private sealed class Reader
        {
            private readonly List<DiagnosticInfo> _diagnostics = new();
            private readonly Dictionary<string, string> _claimedNames = new(StringComparer.OrdinalIgnoreCase)
            {
                [SupportTypeNames.PartialDate] = "the partial date type",
                [SupportTypeNames.Reader] = "the table reader",
                [SupportTypeNames.Table] = "the entry table",
            };

            private readonly List<TypeHeader> _headers = new();

            /// <summary>Every type's <c>files</c>, so the files of a type left out for an error are not reported as unread.</summary>
            private readonly List<(string Type, TypeBinding Binding)> _bindings = new();
            private readonly List<string> _broken = new();

            /// <summary>Where each <c>verbatim_in</c> is written, by owning type and field, for the checks made once all types are read.</summary>
            private readonly Dictionary<(string Owner, string Field), (string Path, SourceSpan Span)> _verbatimSpans = new();

            public void ReadHeaders(ParsedYamlFile file)
            {
                var root = file.Root;
                if (root is null || (root.Kind == YamlNodeKind.Scalar && root.IsNull))
                {
                    return;
                }

                if (root.Kind != YamlNodeKind.Mapping)
                {
                    Report(FactbookDiagnostics.InvalidSchema, file.Path, root.Span, "a schema file must be a mapping with a 'types' key, not " + root.Describe());
                    return;
                }

                CheckKeys(file.Path, root, RootKeys, "the schema file");
                var types = root.Get("types");
                if (types is null || types.Kind != YamlNodeKind.Mapping)
                {
                    Report(FactbookDiagnostics.InvalidSchema, file.Path, types?.Span ?? root.Span, "'types' must be a mapping from type names to their declarations");
                    return;
                }

                foreach (var entry in types.Entries)
                {
                    ReadHeader(file.Path, entry);
                }
            }

            /// <summary>
            /// A type refused for its name still claims its collection and files, so its content is not also called
            /// unread (FB0039) or of an unknown collection: one schema mistake, one error.
            /// </summary>
            private void NoteRefused(string path, string name, YamlNode node)
            {
                if (node.Kind != YamlNodeKind.Mapping)
                {
                    return;
                }

                _bindings.Add((name, TypeBindingReader.FilesOnly(path, node)));
                var written = node.Get("collection") is { Kind: YamlNodeKind.Scalar, IsNull: false } collectionNode ? collectionNode.Text : null;
                var collection = written ?? (name.Length > 0 && char.IsLetter(name[0]) ? DefaultCollectionName(char.ToUpperInvariant(name[0]) + name.Substring(1)) : string.Empty);
                if (Identifiers.IsSlug(collection))
                {
                    _broken.Add(collection);
                }
            }

            private void ReadHeader(string path, YamlMapEntry entry)
            {
                var name = entry.Key.Text;
                if (!Identifiers.IsTypeName(name))
                {
                    Report(FactbookDiagnostics.InvalidTypeName, path, entry.Key.Span, MessageText.Quote(name));
                    NoteRefused(path, name, entry.Value);
                    return;
                }

                if (Identifiers.LengthProblem(name) is { } tooLong)
                {
                    Report(FactbookDiagnostics.NameTooLong, path, entry.Key.Span, "type name", MessageText.Quote(name), tooLong);
                    NoteRefused(path, name, entry.Value);
                    return;
                }

                var node = entry.Value;
                if (node.Kind != YamlNodeKind.Mapping)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, "type '" + name + "' must be a mapping with its 'fields', not " + node.Describe());
                    return;
                }

                CheckKeys(path, node, TypeKeys, "type '" + name + "'");
                _bindings.Add((name, TypeBindingReader.FilesOnly(path, node)));
                var collectionNode = node.Get("collection");
                var collection = collectionNode?.Text ?? DefaultCollectionName(name);
                if (!Identifiers.IsSlug(collection))
                {
                    Report(FactbookDiagnostics.InvalidCollectionName, path, collectionNode?.Span ?? entry.Key.Span, MessageText.Quote(collection));
                    return;
                }

                if (Identifiers.LengthProblem(collection) is { } collectionTooLong)
                {
                    Report(FactbookDiagnostics.NameTooLong, path, collectionNode?.Span ?? entry.Key.Span, "collection name", MessageText.Quote(collection), collectionTooLong);
                    return;
                }

                var header = new TypeHeader(name, collection, GeneratedNames.CollectionClass(collection), GeneratedNames.IdEnum(name), node, path);
                var owner = "type '" + name + "'";
                if (IsOwnMemberName(name, owner, path, entry.Key.Span))
                {
                    _broken.Add(collection);
                }
                else if (GeneratedNames.CollectionMembers.Contains(header.CollectionClass))
                {
                    // A class may not declare a member of its own name (CS0542): the collection 'all' would.
                    ReportCollectionNamedLikeItsMember(header, collectionNode?.Span ?? entry.Key.Span);
                    _broken.Add(collection);
                }
                else if (Claim(header.Name, owner, path, entry.Key.Span) &&
                    Claim(header.CollectionClass, "the collection '" + collection + "'", path, collectionNode?.Span ?? entry.Key.Span) &&
                    Claim(header.IdEnum, "the ids of " + owner, path, entry.Key.Span) &&
                    Claim(GeneratedNames.RefAttribute(header.Name), "the id attribute of " + owner, path, entry.Key.Span))
                {
                    _headers.Add(header);
                }
                else
                {
                    _broken.Add(collection);
                }
            }

            public SchemaSpec Finish()
            {
                var types = new List<TypeSpec>();
                foreach (var header in _headers)
                {
                    var errorsBefore = _diagnostics.Count;
                    var type = ReadType(header);
                    if (_diagnostics.Count == errorsBefore)
                    {
                        types.Add(type);
                    }
                    else
                    {
                        _broken.Add(header.CollectionName);
                    }
                }

                CheckVerbatimTargets(types);
                RemoveTypesReferencingMissingOnes(types);
                var kept = new HashSet<string>(types.Select(type => type.Name), StringComparer.Ordinal);
                return new SchemaSpec(
                    types.ToEquatableArray(),
                    _broken.OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray(),
                    true,
                    _diagnostics.ToEquatableArray(),
                    _bindings.Where(pair => pair.Binding.IsBound && !kept.Contains(pair.Type)).Select(pair => pair.Binding).ToEquatableArray());
            }

            /// <summary>A type that refers to a broken type can't be generated either; its own error is already reported.</summary>
            private void RemoveTypesReferencingMissingOnes(List<TypeSpec> types)
            {
                bool removed;
                do
                {
                    var names = new HashSet<string>(types.Select(type => type.Name), StringComparer.Ordinal);
                    var before = types.Count;
                    foreach (var type in types.Where(type => References(type.Fields).Any(target => !names.Contains(target))).ToList())
                    {
                        types.Remove(type);
                        _broken.Add(type.CollectionName);
                    }

                    removed = types.Count != before;
                }
                while (removed);
            }

            private static IEnumerable<string> References(EquatableArray<FieldSpec> fields) =>
                fields.SelectMany(field => field.Kind switch
                {
                    FieldKind.Reference => new[] { field.TypeName },
                    FieldKind.Object => References(field.Fields),
                    _ => Enumerable.Empty<string>(),
                });

            private TypeSpec ReadType(TypeHeader header)
            {
                var node = header.Node;
                var fieldsNode = node.Get("fields");
                EquatableArray<FieldSpec> fields;
                if (fieldsNode is null || fieldsNode.IsNull)
                {
                    fields = EquatableArray<FieldSpec>.Empty;
                }
                else if (fieldsNode.Kind != YamlNodeKind.Mapping)
                {
                    Report(FactbookDiagnostics.InvalidSchema, header.Path, fieldsNode.Span, "'fields' of type '" + header.Name + "' must be a mapping from field names to types");
                    fields = EquatableArray<FieldSpec>.Empty;
                }
                else
                {
                    fields = ReadFields(header.Path, fieldsNode, header.Name, isEntryType: true);
                }

                foreach (var field in fields.Where(field => (field.Kind == FieldKind.Reference || field.IsIndexed) && GeneratedNames.Lookup(field) == header.CollectionClass))
                {
                    ReportCollectionNamedLikeItsMember(header, (node.Get("collection") ?? node).Span);
                }

                return new TypeSpec(
                    header.Name,
                    header.CollectionName,
                    header.CollectionClass,
                    header.IdEnum,
                    Description(header.Path, node.Get("description")),
                    ReadDisplayField(header, fields),
                    fields,
                    TypeBindingReader.Read(header.Path, node, header.Name, fields, (span, message) => Report(FactbookDiagnostics.InvalidSchema, header.Path, span, message)));
            }

            private string? ReadDisplayField(TypeHeader header, EquatableArray<FieldSpec> fields)
            {
                static bool IsText(FieldSpec field) => field.Scalar == ScalarKinds.String && !field.IsList;

                var display = header.Node.Get("display");
                if (display is null)
                {
                    return fields.FirstOrDefault(field => IsText(field) && field.IsRequired)?.Name;
                }

                if (!fields.Any(field => field.Name == display.Text && IsText(field)))
                {
                    Report(FactbookDiagnostics.InvalidSchema, header.Path, display.Span, "'display' of type '" + header.Name + "' must name one of its text fields" +
                        Identifiers.Suggestion(display.Text, fields.Where(IsText).Select(field => field.Name)));
                    return null;
                }

                return display.Text;
            }

            private EquatableArray<FieldSpec> ReadFields(string path, YamlNode fieldsNode, string ownerName, bool isEntryType)
            {
                var fields = new List<FieldSpec>();
                var properties = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var entry in fieldsNode.Entries)
                {
                    var name = entry.Key.Text;
                    var problem = FieldNameProblem(name, ownerName, isEntryType, properties);
                    if (problem is not null)
                    {
                        Report(FactbookDiagnostics.InvalidFieldName, path, entry.Key.Span, MessageText.Quote(name), problem);
                        continue;
                    }

                    if (Identifiers.LengthProblem(name) is { } tooLong)
                    {
                        Report(FactbookDiagnostics.NameTooLong, path, entry.Key.Span, "field name", MessageText.Quote(name), tooLong);
                        continue;
                    }

                    properties.Add(GeneratedNames.Property(name), name);
                    if (ReadField(path, name, entry.Value, ownerName) is { } field)
                    {
                        if (field.IsIndexed && !isEntryType)
                        {
                            Report(FactbookDiagnostics.InvalidSchema, path, entry.Key.Span, "'index' of field '" + name + "' of " + ownerName + " only applies to the fields of an entry type, not of a nested object");
                            continue;
                        }

                        fields.Add(field);
                    }
                }

                CheckVerbatimSiblings(ownerName, fields);
                return fields.ToEquatableArray();
            }

            private static string? FieldNameProblem(string name, string ownerName, bool isEntryType, Dictionary<string, string> properties)
            {
                if (name.Length == 0 || !char.IsLetter(name[0]) || name[0] > 'z' || !name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c is '_' or '-')))
                {
                    return "must start with a letter and use only ASCII letters, digits, '_' and '-'";
                }

                var property = GeneratedNames.Property(name);
                if (isEntryType && name is "id" or "retired")
                {
                    return "is reserved: every entry can have '" + name + "' already";
                }

                if (GeneratedNames.RecordMembers.Contains(property))
                {
                    return "would become '" + property + "', which every generated record has already";
                }

                if (property == ownerName)
                {
                    return "would become '" + property + "', the name of its own type";
                }

                return properties.TryGetValue(property, out var other)
                    ? "would become '" + property + "', like the field '" + other + "'"
                    : null;
            }

            private FieldSpec? ReadField(string path, string name, YamlNode node, string ownerName)
            {
                var label = "field '" + name + "' of " + ownerName;
                YamlNode? typeNode;
                if (node.Kind == YamlNodeKind.Scalar)
                {
                    typeNode = node;
                }
                else if (node.Kind == YamlNodeKind.Mapping)
                {
                    CheckKeys(path, node, FieldKeys, label);
                    typeNode = node.Get("type");
                }
                else
                {
                    typeNode = null;
                }

                if (typeNode is null || typeNode.Kind != YamlNodeKind.Scalar || typeNode.IsNull)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, (typeNode ?? node).Span, label + " needs a 'type'");
                    return null;
                }

                var typeText = typeNode.Text.Trim();
                var isList = typeText.EndsWith("[]", StringComparison.Ordinal);
                var baseType = isList ? typeText.Substring(0, typeText.Length - 2).Trim() : typeText;
                var property = GeneratedNames.Property(name);
                FieldKind kind;
                var scalar = ScalarKinds.Find(baseType);
                string typeName;
                string targetClass = string.Empty, targetIdEnum = string.Empty;
                if (scalar is not null)
                {
                    kind = FieldKind.Scalar;
                    typeName = string.Empty;
                }
                else if (baseType is "enum" or "object")
                {
                    kind = baseType == "enum" ? FieldKind.Enum : FieldKind.Object;
                    typeName = GeneratedNames.FieldType(ownerName, property);
                }
                else if (_headers.FirstOrDefault(header => header.Name == baseType) is { } target)
                {
                    kind = FieldKind.Reference;
                    typeName = target.Name;
                    targetClass = target.CollectionClass;
                    targetIdEnum = target.IdEnum;
                }
                else
                {
                    var candidates = BuiltInTypes.Concat(_headers.Select(header => header.Name));
                    Report(FactbookDiagnostics.UnknownFieldType, path, typeNode.Span, MessageText.Quote(typeText), name, ForeignSchemaTerms.TypeHint(baseType) ?? Identifiers.Suggestion(baseType, candidates), string.Join(", ", BuiltInTypes));
                    return null;
                }

                var mapping = node.Kind == YamlNodeKind.Mapping ? node : null;
                if (!CheckOnlyFor(path, mapping, "values", kind == FieldKind.Enum, label, "enum") ||
                    !CheckOnlyFor(path, mapping, "fields", kind == FieldKind.Object, label, "object"))
                {
                    return null;
                }

                var enumValues = EquatableArray<string>.Empty;
                var enumMembers = EquatableArray<string>.Empty;
                var nestedFields = EquatableArray<FieldSpec>.Empty;
                if (kind == FieldKind.Enum)
                {
                    if (!ReadEnumValues(path, name, mapping, node, out enumValues, out enumMembers) ||
                        !Claim(typeName, label, path, typeNode.Span) ||
                        !Claim(GeneratedNames.EnumExtensions(typeName), label, path, typeNode.Span))
                    {
                        return null;
                    }
                }
                else if (kind == FieldKind.Object)
                {
                    var fieldsNode = mapping?.Get("fields");
                    if (fieldsNode is null || fieldsNode.Kind != YamlNodeKind.Mapping || fieldsNode.Entries.Count == 0)
                    {
                        Report(FactbookDiagnostics.InvalidSchema, path, (fieldsNode ?? node).Span, label + " is an object and needs 'fields'");
                        return null;
                    }

                    if (IsOwnMemberName(typeName, label, path, typeNode.Span) || !Claim(typeName, label, path, typeNode.Span))
                    {
                        return null;
                    }

                    nestedFields = ReadFields(path, fieldsNode, typeName, isEntryType: false);
                }

                var optional = ReadOptional(path, mapping, label);
                var indexed = ReadIndex(path, mapping, label, kind);
                var verbatimIn = ReadVerbatimIn(path, mapping, label, ownerName, name, kind == FieldKind.Scalar && scalar == ScalarKinds.String);
                var defaultValue = ReadDefault(path, name, mapping?.Get("default"), kind, scalar, isList, enumValues, enumMembers);
                return new FieldSpec(
                    name,
                    property,
                    kind,
                    scalar,
                    isList,
                    IsRequired: !optional && defaultValue is null,
                    defaultValue,
                    Description(path, mapping?.Get("description")),
                    typeName,
                    enumValues,
                    enumMembers,
                    nestedFields,
                    targetClass,
                    targetIdEnum,
                    indexed,
                    verbatimIn);
            }

            /// <summary>
            /// <c>verbatim_in: appears_in</c> on a text field: its text must occur word for word in the text file of
            /// the entry the sibling reference names. The sibling is checked by <see cref="CheckVerbatimSiblings"/>,
            /// the referenced type's text file once every type is read (<see cref="CheckVerbatimTargets"/>).
            /// </summary>
            private string ReadVerbatimIn(string path, YamlNode? mapping, string label, string ownerName, string fieldName, bool isText)
            {
                var node = mapping?.Get("verbatim_in");
                if (node is null)
                {
                    return string.Empty;
                }

                if (!isText)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, "'verbatim_in' of " + label + " only applies to fields of type string or string[]");
                    return string.Empty;
                }

                if (node.Kind != YamlNodeKind.Scalar || node.IsNull || node.Text.Length == 0)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, "'verbatim_in' of " + label + " must name a reference field beside it, whose entry names the text file");
                    return string.Empty;
                }

                _verbatimSpans[(ownerName, fieldName)] = (path, node.Span);
                return node.Text;
            }

            /// <summary>The sibling a <c>verbatim_in</c> names is a single reference of the same object.</summary>
            private void CheckVerbatimSiblings(string ownerName, List<FieldSpec> fields)
            {
                foreach (var field in fields.Where(field => field.VerbatimIn.Length > 0).ToList())
                {
                    var (path, span) = _verbatimSpans[(ownerName, field.Name)];
                    var sibling = fields.FirstOrDefault(candidate => candidate.Name == field.VerbatimIn);
                    if (sibling is { Kind: FieldKind.Reference, IsList: false })
                    {
                        continue;
                    }

                    var references = fields.Where(candidate => candidate.Kind == FieldKind.Reference && !candidate.IsList).Select(candidate => candidate.Name).ToList();
                    Report(FactbookDiagnostics.InvalidSchema, path, span, "'verbatim_in' of field '" + field.Name + "' of " + ownerName + " must name a single reference field beside it, " +
                        (sibling is null ? "and " + ownerName + " has no field '" + MessageText.Quote(field.VerbatimIn) + "'" : "and '" + field.VerbatimIn + "' is " + (sibling.Kind == FieldKind.Reference ? "a list" : "not a reference")) +
                        Identifiers.Suggestion(field.VerbatimIn, references));
                    fields.Remove(field);
                }
            }

            /// <summary>
            /// The type a <c>verbatim_in</c> reference points to must name its text in exactly one field of type
            /// <c>file</c>; a type that breaks the rule is left out, as for any schema error.
            /// </summary>
            private void CheckVerbatimTargets(List<TypeSpec> types)
            {
                var byName = types.ToDictionary(type => type.Name, StringComparer.Ordinal);
                foreach (var type in types.ToList())
                {
                    foreach (var (owner, field, sibling) in VerbatimFields(type.Name, type.Fields))
                    {
                        if (!byName.TryGetValue(sibling.TypeName, out var target))
                        {
                            continue; // a missing type is reported where it is named
                        }

                        var files = target.Fields.Where(candidate => candidate.Scalar is FileKind && !candidate.IsList).Select(candidate => candidate.Name).ToList();
                        if (files.Count == 1)
                        {
                            continue;
                        }

                        var (path, span) = _verbatimSpans[(owner, field.Name)];
                        Report(FactbookDiagnostics.InvalidSchema, path, span, "'verbatim_in' of field '" + field.Name + "' of " + owner + " names '" + field.VerbatimIn + "', a " + target.Name + ", and " + target.Name +
                            (files.Count == 0 ? " has no field of type file to name its text: add one, as in 'text: { type: file }'" : " has " + files.Count + " fields of type file (" + string.Join(", ", files) + "), so which text to check is not known"));
                        types.Remove(type);
                        _broken.Add(type.CollectionName);
                        break;
                    }
                }
            }

            private static IEnumerable<(string Owner, FieldSpec Field, FieldSpec Sibling)> VerbatimFields(string owner, EquatableArray<FieldSpec> fields)
            {
                foreach (var field in fields)
                {
                    if (field.VerbatimIn.Length > 0 && fields.FirstOrDefault(candidate => candidate.Name == field.VerbatimIn) is { } sibling)
                    {
                        yield return (owner, field, sibling);
                    }

                    if (field.Kind == FieldKind.Object)
                    {
                        foreach (var nested in VerbatimFields(field.TypeName, field.Fields))
                        {
                            yield return nested;
                        }
                    }
                }
            }

            /// <summary><c>index: true</c> gives the collection a lookup by the field's value; references have their reverse lookup already.</summary>
            private bool ReadIndex(string path, YamlNode? mapping, string label, FieldKind kind)
            {
                if (ReadFlag(path, mapping, "index", label) != true)
                {
                    return false;
                }

                if (kind is not (FieldKind.Scalar or FieldKind.Enum))
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, mapping!.Get("index")!.Span, "'index' of " + label + " only applies to fields of a built-in kind or an enum" +
                        (kind == FieldKind.Reference ? "; a reference has its reverse lookup (By…) already" : string.Empty));
                    return false;
                }

                return true;
            }

            /// <summary>A key that takes true or false: false when absent, null (reported) when it is anything else.</summary>
            private bool? ReadFlag(string path, YamlNode? mapping, string key, string label)
            {
                var node = mapping?.Get(key);
                if (node is null || node.Text == "false")
                {
                    return false;
                }

                if (node.Text != "true")
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, "'" + key + "' of " + label + " must be true or false");
                    return null;
                }

                return true;
            }

            private bool CheckOnlyFor(string path, YamlNode? mapping, string key, bool applies, string label, string kindName)
            {
                if (applies || mapping?.Get(key) is not { } node)
                {
                    return true;
                }

                Report(FactbookDiagnostics.InvalidSchema, path, node.Span, "'" + key + "' of " + label + " only applies to fields of type " + kindName);
                return false;
            }

            /// <summary><c>optional: true</c>; a value that is neither true nor false is reported, and the field taken as optional.</summary>
            private bool ReadOptional(string path, YamlNode? mapping, string label) => ReadFlag(path, mapping, "optional", label) ?? true;

            private bool ReadEnumValues(string path, string name, YamlNode? mapping, YamlNode node, out EquatableArray<string> values, out EquatableArray<string> members)
            {
                values = members = EquatableArray<string>.Empty;
                var valuesNode = mapping?.Get("values");
                if (valuesNode is null || valuesNode.Kind != YamlNodeKind.Sequence || valuesNode.Items.Count == 0)
                {
                    Report(FactbookDiagnostics.InvalidEnumValues, path, (valuesNode ?? node).Span, name, "needs 'values': a list of the allowed texts");
                    return false;
                }

                var texts = new List<string>();
                var names = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var item in valuesNode.Items)
                {
                    var member = GeneratedNames.EnumMember(item.Text);
                    if (item.Kind != YamlNodeKind.Scalar || item.IsNull || !Identifiers.IsTypeName(member))
                    {
                        Report(FactbookDiagnostics.InvalidEnumValues, path, item.Span, name, "has a value that cannot become a C# name: it must start with an ASCII letter, A to Z (" + item.Describe() + ")");
                        return false;
                    }

                    if (Identifiers.LengthProblem(item.Text) is { } tooLong)
                    {
                        Report(FactbookDiagnostics.NameTooLong, path, item.Span, "enum value", MessageText.Quote(item.Text), tooLong);
                        return false;
                    }

                    if (names.TryGetValue(member, out var other))
                    {
                        Report(FactbookDiagnostics.InvalidEnumValues, path, item.Span, name, "has the values '" + other + "' and '" + MessageText.Quote(item.Text) + "', which both become '" + member + "'");
                        return false;
                    }

                    names.Add(member, item.Text);
                    texts.Add(item.Text);
                }

                values = texts.ToEquatableArray();
                members = texts.Select(GeneratedNames.EnumMember).ToEquatableArray();
                return true;
            }

            private ValueModel? ReadDefault(string path, string name, YamlNode? node, FieldKind kind, ScalarKind? scalar, bool isList, EquatableArray<string> enumValues, EquatableArray<string> enumMembers)
            {
                if (node is null)
                {
                    return null;
                }

                if (isList || kind is FieldKind.Object or FieldKind.Reference || node.Kind != YamlNodeKind.Scalar || node.IsNull)
                {
                    Report(FactbookDiagnostics.InvalidDefault, path, node.Span, name, "must be a single value, and only fields of a built-in kind or an enum can have one");
                    return null;
                }

                if (kind == FieldKind.Enum)
                {
                    var index = enumValues.ToList().IndexOf(node.Text);
                    if (index < 0)
                    {
                        Report(FactbookDiagnostics.InvalidDefault, path, node.Span, name, "must be one of " + string.Join(", ", enumValues) + ", not '" + MessageText.Quote(node.Text) + "'");
                        return null;
                    }

                    return ValueModel.Scalar(ValueKind.Enum, enumMembers[index]);
                }

                var canonical = scalar!.Parse(node.Text);
                if (canonical is null)
                {
                    Report(FactbookDiagnostics.InvalidDefault, path, node.Span, name, "must be " + scalar.Expectation + ", but '" + MessageText.Quote(node.Text) + "' is not one" + scalar.Explain(node.Text));
                    return null;
                }

                return ValueModel.Scalar(ValueKind.Scalar, canonical);
            }

            private void CheckKeys(string path, YamlNode mapping, string[] allowed, string where)
            {
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var entry = mapping.Entries[i];
                    if (allowed.Contains(entry.Key.Text))
                    {
                        continue;
                    }

                    Report(
                        FactbookDiagnostics.UnknownSchemaKey,
                        path,
                        entry.Key.Span,
                        MessageText.Quote(entry.Key.Text),
                        where,
                        CutValueHint(mapping, i) ?? ForeignSchemaTerms.KeyHint(entry.Key.Text, allowed) ?? Identifiers.Suggestion(entry.Key.Text, allowed),
                        string.Join(", ", allowed));
                }
            }

            /// <summary>
            /// "{ description: Name, without the '@' }": inside { } a ", " ends a plain value, so the rest of the
            /// description became a key without a value. Say to quote the value, whole.
            /// </summary>
            private static string? CutValueHint(YamlNode mapping, int index)
            {
                var entry = mapping.Entries[index];
                if (index == 0 || !(entry.Value.Kind == YamlNodeKind.Scalar && entry.Value.IsNull) || entry.Key.Kind != YamlNodeKind.Scalar)
                {
                    return null;
                }

                var before = mapping.Entries[index - 1];
                if (before.Value.Kind != YamlNodeKind.Scalar || before.Value.IsNull || before.Value.Span.EndLine != entry.Key.Span.StartLine)
                {
                    return null;
                }

                // Every piece the commas cut off on that line, so the value to quote is whole.
                var whole = new System.Text.StringBuilder(before.Value.Text);
                for (var next = index; next < mapping.Entries.Count; next++)
                {
                    var piece = mapping.Entries[next];
                    if (piece.Key.Kind != YamlNodeKind.Scalar || !(piece.Value.Kind == YamlNodeKind.Scalar && piece.Value.IsNull) || piece.Key.Span.StartLine != entry.Key.Span.StartLine)
                    {
                        break;
                    }

                    whole.Append(", ").Append(piece.Key.Text);
                }

                return " (a ', ' ends a value inside { }, so the rest of the value of '" + MessageText.Quote(before.Key.Text) + "' became a key; quote the value: " +
                    before.Key.Text + ": \"" + whole.ToString().Replace("\\", "\\\\").Replace("\"", "\\\"") + "\")";
            }

            /// <summary>A record may not be named like a member it declares (CS0542): a type 'Key', or 'To' with the object field 'string'.</summary>
            private bool IsOwnMemberName(string typeName, string owner, string path, SourceSpan span)
            {
                if (!GeneratedNames.RecordMembers.Contains(typeName))
                {
                    return false;
                }

                Report(FactbookDiagnostics.NameCollision, path, span, typeName, owner, "a member that every generated record has; choose another name");
                return true;
            }

            private void ReportCollectionNamedLikeItsMember(TypeHeader header, SourceSpan span) =>
                Report(FactbookDiagnostics.NameCollision, header.Path, span, header.CollectionClass, "the class of the collection '" + header.CollectionName + "'", "a member of that class; choose another collection name");

            private bool Claim(string name, string owner, string path, SourceSpan span)
            {
                // Nested objects compose names (ClaimQuantityUnit…), so each part's limit does not bound the whole.
                if (name.Length > Identifiers.MaxGeneratedNameLength)
                {
                    Report(FactbookDiagnostics.NameTooLong, path, span, "name of " + owner, MessageText.Quote(name), "makes a C# name of " + name.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters");
                    return false;
                }

                if (_claimedNames.TryGetValue(name, out var existing))
                {
                    Report(FactbookDiagnostics.NameCollision, path, span, name, existing, owner);
                    return false;
                }

                _claimedNames.Add(name, owner);
                return true;
            }

            /// <summary>A description is text; anything else is reported rather than dropped.</summary>
            private string Description(string path, YamlNode? node)
            {
                if (node is { Kind: not YamlNodeKind.Scalar })
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, "'description' must be text, not " + node.Describe());
                }

                return ScalarText(node);
            }

            private void Report(FactbookDiagnostic diagnostic, string path, SourceSpan span, params string[] arguments) =>
                _diagnostics.Add(DiagnosticInfo.Create(diagnostic, path, span, arguments));
        }

        private static string ScalarText(YamlNode? node) =>
            node is { Kind: YamlNodeKind.Scalar, IsNull: false } ? node.Text : string.Empty;

        /// <summary><c>WeaponSystem</c> → <c>weapon_systems</c>: an English plural, good enough as a default.</summary>
        internal static string DefaultCollectionName(string typeName)
        {
            var words = new System.Text.StringBuilder();
            for (var i = 0; i < typeName.Length; i++)
            {
                if (i > 0 && char.IsUpper(typeName[i]))
                {
                    words.Append('_');
                }

                words.Append(char.ToLowerInvariant(typeName[i]));
            }

            var singular = words.ToString();
            if (singular.EndsWith("y", StringComparison.Ordinal) && singular.Length > 1 && "aeiou".IndexOf(singular[singular.Length - 2]) < 0)
            {
                return singular.Substring(0, singular.Length - 1) + "ies";
            }

            return singular.EndsWith("s", StringComparison.Ordinal) || singular.EndsWith("x", StringComparison.Ordinal) ||
                   singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith("sh", StringComparison.Ordinal)
                ? singular + "es"
                : singular + "s";
        }
    }
}
