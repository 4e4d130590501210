namespace Factbook.Generator.Schema
{
    internal static partial class SchemaReader
    {
        /// <summary>Rules a field's values follow: <c>unique</c>, <c>pattern</c>, <c>booleans</c>, and the <c>name</c> of the type it declares.</summary>
        private sealed partial class Reader
        {
            /// <summary><c>pattern</c> (string fields) and <c>booleans</c> (bool fields), refused on other kinds; a YAML 1.1 bool is a kind of its own.</summary>
            private (FieldType Type, string Pattern)? ReadScalarRules(string path, YamlNode? mapping, string label, FieldType type)
            {
                var isString = type.Kind == FieldKind.Scalar && type.Scalar == ScalarKinds.String;
                var isBool = type.Kind == FieldKind.Scalar && type.Scalar is BoolKind;
                if (!CheckOnlyFor(path, mapping, Keywords.Pattern, isString, label, "string") ||
                    !CheckOnlyFor(path, mapping, Keywords.Booleans, isBool, label, "bool"))
                {
                    return null;
                }

                if (isBool && (ReadBooleans(path, mapping, label) || _yaml11BooleanFiles.Contains(path)))
                {
                    type = type with { Scalar = ScalarKinds.Yaml11Bool };
                }

                var pattern = isString ? ReadPattern(path, mapping, label) : string.Empty;
                return pattern is null ? null : (type, pattern);
            }

            /// <summary>A default must follow the field's pattern too, or every entry without the value would break it.</summary>
            private bool DefaultMissesPattern(string path, string name, YamlNode? mapping, ValueModel? defaultValue, string pattern)
            {
                if (defaultValue is not { Kind: ValueKind.Scalar } || pattern.Length == 0 || ValuePatterns.Matches(pattern, defaultValue.Text) == true)
                {
                    return false;
                }

                Report(FactbookDiagnostics.InvalidDefault, path, mapping!.Get(Keywords.Default)!.Span, name, "does not match the field's pattern " + pattern);
                return true;
            }

            /// <summary>The field's type, the type it declares named by its <c>name</c> when it has one (else <paramref name="derivedName"/>).</summary>
            private FieldType? ResolveNamedType(string path, string name, YamlNode typeNode, YamlNode? mapping, string label, string derivedName)
            {
                return ReadTypeName(path, mapping, label) is { } ownTypeName &&
                    ResolveType(path, name, typeNode, ownTypeName.Length > 0 ? ownTypeName : derivedName) is { } type &&
                    NameFits(path, mapping, label, ownTypeName, type)
                    ? type
                    : null;
            }

            /// <summary><c>name</c> names the type an enum, object or union field declares; a shared object has its own.</summary>
            private bool NameFits(string path, YamlNode? mapping, string label, string ownTypeName, FieldType type)
            {
                if (ownTypeName.Length == 0 || (!type.IsShared && type.Kind is FieldKind.Enum or FieldKind.Object or FieldKind.Union))
                {
                    return true;
                }

                Report(FactbookDiagnostics.InvalidSchema, path, mapping!.Get(Keywords.Name)!.Span, SchemaProblems.OnlyForKind(Keywords.Name, label, "enum, object or a union"));
                return false;
            }

            private readonly Dictionary<(string Owner, string Field), SourceSpan> _requiredWhenSpans = new();

            /// <summary>
            /// <c>required_when: { status: checked }</c> on an optional field: the sibling and the value that make it
            /// required (a review checked needs its verdict). The sibling is checked once the object's fields are read.
            /// </summary>
            private (string Field, string Value) ReadRequiredWhen(string path, YamlNode? mapping, string label, bool optional, string ownerName, string name)
            {
                if (mapping?.Get(Keywords.RequiredWhen) is not { } node)
                {
                    return (string.Empty, string.Empty);
                }

                if (node.Kind != YamlNodeKind.Mapping || node.Entries.Count != 1 || node.Entries[0].Value is not { Kind: YamlNodeKind.Scalar, IsNull: false } value)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.RequiredWhenShape(label, node.Describe()));
                    return (string.Empty, string.Empty);
                }

                if (!optional)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.RequiredWhenOnRequired(label));
                    return (string.Empty, string.Empty);
                }

                _requiredWhenSpans[(ownerName, name)] = node.Span;
                return (node.Entries[0].Key.Text, value.Text);
            }

            /// <summary>
            /// The field <c>required_when</c> names is a single enum field beside it, and the value one of its values: a
            /// status, read alike by the build and by editors. A sibling refused for an error of its own is reported there.
            /// </summary>
            private void CheckRequiredWhen(string path, string ownerName, List<FieldSpec> fields, YamlNode fieldsNode)
            {
                foreach (var field in fields.Where(field => field.RequiredWhenField.Length > 0).ToList())
                {
                    if (field.Default is not null)
                    {
                        // Never empty, so never missing: the rule could not fire.
                        Report(FactbookDiagnostics.InvalidSchema, path, _requiredWhenSpans[(ownerName, field.Name)], SchemaProblems.RequiredWhenWithDefault(field.Name, ownerName));
                        fields.Remove(field);
                        continue;
                    }

                    var sibling = fields.FirstOrDefault(candidate => candidate.Name == field.RequiredWhenField && candidate != field);
                    if (sibling is null && field.RequiredWhenField != field.Name && fieldsNode.Get(field.RequiredWhenField) is not null)
                    {
                        fields.Remove(field); // the sibling is written but refused: its own error says why
                        continue;
                    }

                    if (sibling is not { Kind: FieldKind.Enum, IsList: false, IsMap: false } || !sibling.EnumValues.Contains(field.RequiredWhenValue))
                    {
                        var choices = fields.Where(candidate => candidate != field && !candidate.IsMany && candidate.Kind == FieldKind.Enum).Select(candidate => candidate.Name);
                        Report(FactbookDiagnostics.InvalidSchema, path, _requiredWhenSpans[(ownerName, field.Name)], SchemaProblems.RequiredWhenSibling(field.Name, ownerName, MessageText.Quote(field.RequiredWhenField), MessageText.Quote(field.RequiredWhenValue), sibling is null ? Identifiers.Suggestion(field.RequiredWhenField, choices) : sibling.Kind == FieldKind.Enum ? " (it is one of " + string.Join(", ", sibling.EnumValues.Select(value => "'" + MessageText.Quote(value) + "'")) + ")" : " ('" + sibling.Name + "' is no enum)"));
                        fields.Remove(field);
                    }
                }
            }

            /// <summary>
            /// <c>unique: true</c>: no two entries share the field's value (Linguist's <c>language_id</c>); the collection gets
            /// a lookup of one entry by it. For a single value of a built-in kind or an enum, on the entry itself.
            /// </summary>
            private bool ReadUnique(string path, YamlNode? mapping, string label, FieldType type, string ownerName)
            {
                if (ReadFlag(path, mapping, Keywords.Unique, label) != true)
                {
                    return false;
                }

                if (type.Kind is not (FieldKind.Scalar or FieldKind.Enum) || type.IsList || type.IsMap || !_headers.Any(header => header.Name == ownerName))
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, mapping!.Get(Keywords.Unique)!.Span, SchemaProblems.UniqueOfWrongField(label));
                    return false;
                }

                if (mapping!.Get(Keywords.Default) is { } defaultNode)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, defaultNode.Span, SchemaProblems.UniqueWithDefault(label));
                    return false;
                }

                if (mapping.Get(Keywords.Index) is { Text: "true" } index)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, index.Span, SchemaProblems.UniqueAndIndex(label));
                    return false;
                }

                return true;
            }

            /// <summary>
            /// <c>name: Audit</c>: the C# name of the type the field declares (an enum, object or union), short where the
            /// owner's name and the field's would be long (<c>LandscapeCategorySubcategoriesItemsExtraAudits</c>); empty
            /// when not given, null (reported) when it is no type name.
            /// </summary>
            private string? ReadTypeName(string path, YamlNode? mapping, string label)
            {
                if (mapping?.Get(Keywords.Name) is not { } node)
                {
                    return string.Empty;
                }

                if (node.Kind == YamlNodeKind.Scalar && Identifiers.IsTypeName(node.Text) && Identifiers.LengthProblem(node.Text) is null)
                {
                    return node.Text;
                }

                Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.BadTypeName(label, node.Describe()));
                return null;
            }

            /// <summary><c>booleans: yaml1.1</c> (on a bool field, or at the top of a schema file): YAML 1.1's yes, no, on, off are booleans.</summary>
            private bool ReadBooleans(string path, YamlNode? mapping, string label)
            {
                var node = mapping?.Get(Keywords.Booleans);
                if (node is null)
                {
                    return false;
                }

                if (node.Kind == YamlNodeKind.Scalar && node.Text == Keywords.Yaml11)
                {
                    return true;
                }

                Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.BooleansNotYaml11(label, node.Describe()));
                return false;
            }

            /// <summary><c>pattern</c> on a string field: a .NET regular expression every value must match; null (reported) when it is not one.</summary>
            private string? ReadPattern(string path, YamlNode? mapping, string label)
            {
                var node = mapping?.Get(Keywords.Pattern);
                if (node is null)
                {
                    return string.Empty;
                }

                var problem = node.Kind != YamlNodeKind.Scalar || node.IsNull || node.Text.Length == 0 ? "must be a regular expression, not " + node.Describe() : ValuePatterns.Problem(node.Text);
                if (problem is null)
                {
                    return node.Text;
                }

                Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.BadValuePattern(label, problem));
                return null;
            }
        }
    }
}
