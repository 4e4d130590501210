namespace Factbook.Generator.Schema
{
    internal static partial class SchemaReader
    {
        /// <summary>A type's fields: names, types (scalar kinds, enums, objects, references), and the keys a field may have.</summary>
        private sealed partial class Reader
        {
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
                        fields.Add(field);
                    }
                }

                CheckVerbatimSiblings(ownerName, fields, isEntryType);
                CheckRequiredWhen(path, ownerName, fields, fieldsNode);
                return fields.ToEquatableArray();
            }

            private static string? FieldNameProblem(string name, string ownerName, bool isEntryType, Dictionary<string, string> properties)
            {
                if (name.Length == 0 || !char.IsLetter(name[0]) || name[0] > 'z' || !name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c is '_' or '-')))
                {
                    return "must start with a letter and use only ASCII letters, digits, '_' and '-'";
                }

                var property = GeneratedNames.Property(name);
                if (isEntryType && Keywords.EntryKeys.Contains(name))
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
                if (TypeNode(path, node, label) is not { } typeNode)
                {
                    return null;
                }

                var property = GeneratedNames.Property(name);
                var mapping = node.Kind == YamlNodeKind.Mapping ? node : null;
                if (ResolveNamedType(path, name, typeNode, mapping, label, GeneratedNames.FieldType(ownerName, property)) is not { } type ||
                    !CheckOnlyFor(path, mapping, Keywords.Values, type.Kind == FieldKind.Enum, label, Keywords.Enum) ||
                    !CheckOnlyFor(path, mapping, Keywords.Fields, type.Kind == FieldKind.Object, label, Keywords.Object) ||
                    ReadDeclaredType(path, name, node, mapping, label, type, typeNode.Span) is not { } declared)
                {
                    return null;
                }

                if (ReadScalarRules(path, mapping, label, type) is not { } rules)
                {
                    return null;
                }

                (type, var pattern) = rules;
                var optional = ReadOptional(path, mapping, label);
                var requiredWhen = ReadRequiredWhen(path, mapping, label, optional, ownerName, name);
                var indexed = ReadIndex(path, mapping, label, type.IsMap ? FieldKind.Object : type.Kind);
                var unique = ReadUnique(path, mapping, label, type, ownerName);
                var verbatimIn = ReadVerbatimIn(path, mapping, label, ownerName, name, type.Kind == FieldKind.Scalar && type.Scalar == ScalarKinds.String && !type.IsMap);
                var defaultValue = ReadDefault(path, name, mapping?.Get(Keywords.Default), type.Kind, type.Scalar, type.IsList || type.IsMap, declared.EnumValues, declared.EnumMembers);
                if (DefaultMissesPattern(path, name, mapping, defaultValue, pattern))
                {
                    return null;
                }

                return new FieldSpec(
                    name,
                    property,
                    type.Kind,
                    type.Scalar,
                    type.IsList,
                    IsRequired: !optional && defaultValue is null,
                    defaultValue,
                    Description(path, mapping?.Get(Keywords.Description)),
                    type.TypeName,
                    declared.EnumValues,
                    declared.EnumMembers,
                    declared.Fields,
                    type.TargetClass,
                    type.TargetIdEnum,
                    indexed,
                    verbatimIn,
                    pattern,
                    unique,
                    type.IsMap,
                    type.IsShared) { UnionMembers = type.UnionMembers, RequiredWhenField = requiredWhen.Field, RequiredWhenValue = requiredWhen.Value };
            }

            /// <summary>The node that names a field's type: the field's value (<c>name: string</c>) or its <c>type</c>.</summary>
            private YamlNode? TypeNode(string path, YamlNode node, string label)
            {
                YamlNode? typeNode = null;
                if (node.Kind is YamlNodeKind.Scalar or YamlNodeKind.Sequence)
                {
                    // name: string, or a union written alone: score: [int, string].
                    typeNode = node;
                }
                else if (node.Kind == YamlNodeKind.Mapping)
                {
                    CheckKeys(path, node, Keywords.FieldKeys, label);
                    typeNode = node.Get(Keywords.Type);
                }

                if (typeNode is { Kind: YamlNodeKind.Sequence } union && union.Items.Count > 0 && union.Items.All(item => item.Kind == YamlNodeKind.Scalar && !item.IsNull))
                {
                    return typeNode;
                }

                if (typeNode is null || typeNode.Kind != YamlNodeKind.Scalar || typeNode.IsNull)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, (typeNode ?? node).Span, SchemaProblems.NeedsType(label));
                    return null;
                }

                return typeNode;
            }

            /// <summary>The values of an enum field, or the fields of an object field, with the type each declares claimed; empty for other kinds.</summary>
            private DeclaredType? ReadDeclaredType(string path, string name, YamlNode node, YamlNode? mapping, string label, FieldType type, SourceSpan typeSpan)
            {
                if (type.Kind == FieldKind.Union)
                {
                    return Claim(type.TypeName, label, path, typeSpan) && Claim(GeneratedNames.UnionKind(type.TypeName), label, path, typeSpan) ? DeclaredType.None : null;
                }

                if (type.Kind == FieldKind.Enum)
                {
                    return ReadEnumValues(path, name, mapping, node, out var values, out var members) &&
                        Claim(type.TypeName, label, path, typeSpan) &&
                        Claim(GeneratedNames.EnumExtensions(type.TypeName), label, path, typeSpan)
                        ? new DeclaredType(values, members, EquatableArray<FieldSpec>.Empty)
                        : null;
                }

                if (type.Kind != FieldKind.Object)
                {
                    return DeclaredType.None;
                }

                if (type.IsShared)
                {
                    if (mapping?.Get(Keywords.Fields) is { } own)
                    {
                        Report(FactbookDiagnostics.InvalidSchema, path, own.Span, SchemaProblems.SharedObjectWithFields(label, type.TypeName));
                        return null;
                    }

                    return new DeclaredType(EquatableArray<string>.Empty, EquatableArray<string>.Empty, _objects[type.TypeName].Fields);
                }

                var fieldsNode = mapping?.Get(Keywords.Fields);
                if (fieldsNode is null || fieldsNode.Kind != YamlNodeKind.Mapping || fieldsNode.Entries.Count == 0)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, (fieldsNode ?? node).Span, SchemaProblems.ObjectNeedsFields(label));
                    return null;
                }

                return IsOwnMemberName(type.TypeName, label, path, typeSpan) || !Claim(type.TypeName, label, path, typeSpan)
                    ? null
                    : new DeclaredType(EquatableArray<string>.Empty, EquatableArray<string>.Empty, ReadFields(path, fieldsNode, type.TypeName, isEntryType: false));
            }

            /// <summary><c>index: true</c> gives the collection a lookup by the field's value; references have their reverse lookup already.</summary>
            private bool ReadIndex(string path, YamlNode? mapping, string label, FieldKind kind)
            {
                if (ReadFlag(path, mapping, Keywords.Index, label) != true)
                {
                    return false;
                }

                if (kind is not (FieldKind.Scalar or FieldKind.Enum))
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, mapping!.Get(Keywords.Index)!.Span, SchemaProblems.IndexOfWrongKind(label, kind == FieldKind.Reference));
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
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.NotTrueOrFalse(key, label));
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

                Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.OnlyForKind(key, label, kindName));
                return false;
            }

            /// <summary><c>optional: true</c>; a value that is neither true nor false is reported, and the field taken as optional.</summary>
            private bool ReadOptional(string path, YamlNode? mapping, string label) => ReadFlag(path, mapping, Keywords.Optional, label) ?? true;

            private bool ReadEnumValues(string path, string name, YamlNode? mapping, YamlNode node, out EquatableArray<string> values, out EquatableArray<string> members)
            {
                values = members = EquatableArray<string>.Empty;
                var valuesNode = mapping?.Get(Keywords.Values);
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
                    if (item.Kind != YamlNodeKind.Scalar || item.IsNull || member.Length == 0 || member[0] == '_')
                    {
                        Report(FactbookDiagnostics.InvalidEnumValues, path, item.Span, name, "has a value that cannot become a C# name: it must start with a letter (" + item.Describe() + ")");
                        return false;
                    }

                    if (GeneratedNames.EnumTypeMembers.Contains(member))
                    {
                        Report(FactbookDiagnostics.InvalidEnumValues, path, item.Span, name, "has the value '" + MessageText.Quote(item.Text) + "', whose C# name '" + member + "' would hide a member every enum has");
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

                if (isList || kind is FieldKind.Object or FieldKind.Reference or FieldKind.Yaml or FieldKind.Union || node.Kind != YamlNodeKind.Scalar || node.IsNull)
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
        }

        /// <summary>What a field's type names, before the rest of the field is read.</summary>
        private sealed record FieldType(FieldKind Kind, ScalarKind? Scalar, bool IsList, string TypeName, string TargetClass, string TargetIdEnum)
        {
            public bool IsMap { get; init; }

            /// <summary>An object declared under <c>objects</c>: its fields are there, and its type is emitted once.</summary>
            public bool IsShared { get; init; }

            public EquatableArray<FieldSpec> UnionMembers { get; init; } = EquatableArray<FieldSpec>.Empty;
        }

        /// <summary>The type an enum or object field declares: its values or its fields.</summary>
        private sealed record DeclaredType(EquatableArray<string> EnumValues, EquatableArray<string> EnumMembers, EquatableArray<FieldSpec> Fields)
        {
            public static readonly DeclaredType None = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<FieldSpec>.Empty);
        }
    }
}
