namespace Factbook.Generator.Content
{
    internal static partial class EntryReader
    {
        /// <summary>An entry's fields bound to the schema's: unknown keys, required fields, lists, objects, enums, references and scalar kinds.</summary>
        private sealed partial class Reader
        {
            private EquatableArray<ValueModel> BindFields(EquatableArray<FieldSpec> fields, YamlNode mapping, string typeName, EntryState entry, FieldContext context, bool isEntry = true)
            {
                foreach (var pair in mapping.Entries)
                {
                    var key = pair.Key;
                    var reserved = isEntry && (key.Text == Keywords.Retired || (key.Text == Keywords.Id && context.IdIsAField) || context.HeldKeys.Contains(key.Text));
                    if (isEntry && fields.FirstOrDefault(field => field.IsContainer && field.Name == key.Text) is { } link)
                    {
                        // Set from where the entry is: a value written here is overruled, so said; the entry is kept, as for any unknown field.
                        Report(FactbookDiagnostics.UnknownField, key.Span, typeName, MessageText.Quote(key.Text), ContainerKeyHint(link));
                    }
                    else if (!reserved && !HasField(fields, key.Text))
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
                    if (field.IsContainer)
                    {
                        values[i] = LinkToContainer(field, entry, context);
                        continue;
                    }

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

                        values[i] = field.Default ?? (field.IsList ? ValueModel.EmptyList : field.IsMap ? ValueModel.EmptyMap : ValueModel.Null);
                        continue;
                    }

                    values[i] = BindValue(field, node, entry, context);
                }

                RequireWhere(fields, mapping, values, typeName, entry);
                NoteCitationsAndDocuments(fields, mapping, typeName, values, entry, isEntry);
                return new EquatableArray<ValueModel>(values);
            }

            /// <summary>
            /// <c>required_when</c>: an optional field left empty where its sibling has the value that requires it (FB0054,
            /// at the entry). A value written but refused is reported as that, not as missing.
            /// </summary>
            private void RequireWhere(EquatableArray<FieldSpec> fields, YamlNode mapping, ValueModel[] values, string typeName, EntryState entry)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    var field = fields[i];
                    var written = mapping.Get(field.Name) is { IsNull: false } node && !(node.Kind == YamlNodeKind.Sequence && node.Items.Count == 0) && !(node.Kind == YamlNodeKind.Mapping && field.IsMap && node.Entries.Count == 0);
                    if (field.RequiredWhenField.Length == 0 || written || !(values[i].Kind == ValueKind.Null || (field.IsMany && values[i].Items.Count == 0)))
                    {
                        continue;
                    }

                    // As the sibling's value is held: the enum's member.
                    var sibling = IndexOf(fields, field.RequiredWhenField);
                    var when = sibling >= 0 && fields[sibling].EnumValues.ToList().IndexOf(field.RequiredWhenValue) is var at && at >= 0 ? fields[sibling].EnumMembers[at] : null;
                    if (when is not null && values[sibling].Kind == ValueKind.Enum && values[sibling].Text == when)
                    {
                        Report(FactbookDiagnostics.MissingWhenRequired, entry.Span, Describe(entry.TypeName.Length > 0 ? entry.TypeName : typeName, entry.DisplayId), field.Name, field.RequiredWhenField, MessageText.Quote(field.RequiredWhenValue), field.IsMany ? " (at least one)" : string.Empty);
                        entry.HasErrors = true;
                    }
                }
            }

            private ValueModel BindValue(FieldSpec field, YamlNode node, EntryState entry, FieldContext context)
            {
                if (field.IsMap)
                {
                    return BindMap(field, node, entry, context);
                }

                if (!field.IsList)
                {
                    return BindSingle(field, node, entry, context);
                }

                if (node.Kind != YamlNodeKind.Sequence)
                {
                    return Fail(entry, FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.FieldNotAList(field.Name, node.Describe(), ListHint(node)));
                }

                var items = new ValueModel[node.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = BindSingle(field, node.Items[i], entry, context);
                }

                return new ValueModel(ValueKind.List, string.Empty, new EquatableArray<ValueModel>(items));
            }

            /// <summary>A map field: a mapping of names (any text; the parser refuses a repeated one) to values of its element type, in the file's order.</summary>
            private ValueModel BindMap(FieldSpec field, YamlNode node, EntryState entry, FieldContext context)
            {
                if (node.Kind != YamlNodeKind.Mapping)
                {
                    return node.IsNull ? ValueModel.EmptyMap : Fail(entry, FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.FieldNotAMap(field.Name, node.Describe()));
                }

                var items = new ValueModel[node.Entries.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    var pair = node.Entries[i];
                    items[i] = new ValueModel(ValueKind.MapEntry, pair.Key.Text, new EquatableArray<ValueModel>(new[] { BindSingle(field, pair.Value, entry, context) }));
                }

                return new ValueModel(ValueKind.Map, string.Empty, new EquatableArray<ValueModel>(items));
            }

            /// <summary>
            /// A union: a mapping is its object member; a value, the first scalar member whose kind takes it. A quoted
            /// value is text to every YAML reader, so it goes to text members only ("3" is no int), as editors read it.
            /// </summary>
            private ValueModel BindUnion(FieldSpec field, YamlNode node, EntryState entry, FieldContext context)
            {
                for (var i = 0; i < field.UnionMembers.Count; i++)
                {
                    var member = field.UnionMembers[i];
                    var value = node.Kind == YamlNodeKind.Mapping && member.Kind == FieldKind.Object ? BindSingle(member with { Name = field.Name }, node, entry, context)
                        : node.Kind == YamlNodeKind.Scalar && !node.IsNull && member.Kind == FieldKind.Scalar && (node.IsPlain || (member.Scalar != ScalarKinds.Yaml11Bool && member.Scalar!.JsonSchema.Types.Contains("string"))) &&
                            member.Scalar!.Parse(node.Text) is { } canonical ? ValueModel.Scalar(ValueKind.Scalar, canonical)
                        : null;
                    if (value is not null)
                    {
                        return new ValueModel(ValueKind.Union, i.ToString(CultureInfo.InvariantCulture), new EquatableArray<ValueModel>(new[] { value }));
                    }
                }

                return node.Kind == YamlNodeKind.Scalar && !node.IsNull
                    ? Fail(entry, FactbookDiagnostics.InvalidValue, node.Span, field.Name, field.Expectation, MessageText.Quote(node.Text), string.Empty)
                    : Fail(entry, FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.FieldNotAValue(field.Name, field.Expectation, node.Describe()));
            }

            /// <summary>A yaml field's node as written: nulls, plain text (every scalar, as YAML 1.2 text), lists and mappings in order.</summary>
            private static ValueModel RawYaml(YamlNode node) => node.Kind switch
            {
                YamlNodeKind.Sequence => new ValueModel(ValueKind.List, string.Empty, node.Items.Select(RawYaml).ToEquatableArray()),
                YamlNodeKind.Mapping => new ValueModel(ValueKind.Map, string.Empty, node.Entries.Select(pair => new ValueModel(ValueKind.MapEntry, pair.Key.Text, new EquatableArray<ValueModel>(new[] { RawYaml(pair.Value) }))).ToEquatableArray()),
                _ => node.IsNull ? ValueModel.Null : ValueModel.Scalar(ValueKind.Scalar, node.Text),
            };

            private ValueModel BindSingle(FieldSpec field, YamlNode node, EntryState entry, FieldContext context)
            {
                if (field.Kind == FieldKind.Union)
                {
                    return BindUnion(field, node, entry, context);
                }

                if (field.Kind == FieldKind.Yaml)
                {
                    return new ValueModel(ValueKind.Yaml, string.Empty, new EquatableArray<ValueModel>(new[] { RawYaml(node) }));
                }

                if (field.Kind == FieldKind.Object)
                {
                    return node.Kind == YamlNodeKind.Mapping
                        ? new ValueModel(ValueKind.Object, string.Empty, BindFields(field.Fields, node, field.TypeName, entry, context, isEntry: false))
                        : Fail(entry, FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.FieldNotAnObject(field.Name, node.Describe()));
                }

                if (node.Kind != YamlNodeKind.Scalar || node.IsNull)
                {
                    return Fail(entry, FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.FieldNotAValue(field.Name, field.Expectation, node.Describe()));
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
                        return BindScalar(field, node, entry);
                }
            }

            /// <summary>A value of a scalar kind: parsed to its canonical text, then checked against the field's pattern.</summary>
            private ValueModel BindScalar(FieldSpec field, YamlNode node, EntryState entry)
            {
                if (field.Scalar == ScalarKinds.Yaml11Bool && !node.IsPlain && node.Text is not ("true" or "false"))
                {
                    // Quoted, YAML 1.1 readers take it as text: reading it as a boolean would say something else.
                    return Fail(entry, FactbookDiagnostics.InvalidValue, node.Span, field.Name, field.Expectation, MessageText.Quote(node.Text), "; quoted (or a block), YAML 1.1 readers take it as text, not a boolean: write it plain, without quotes");
                }

                if (field.Scalar!.Parse(node.Text) is { } canonical)
                {
                    if (field.Pattern.Length > 0 && PatternProblem(field.Pattern, canonical) is { } why)
                    {
                        return Fail(entry, FactbookDiagnostics.InvalidValue, node.Span, field.Name, field.Expectation, MessageText.Quote(node.Text), why);
                    }

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

            /// <summary>The patterns that ran out of time on a value of this file: not tried again in it, so a pattern cannot make a file's reading slow.</summary>
            private readonly HashSet<string> _slowPatterns = new(StringComparer.Ordinal);

            /// <summary>Null when the value matches the field's pattern; else "; why" for FB0027.</summary>
            private string? PatternProblem(string pattern, string value)
            {
                if (_slowPatterns.Contains(pattern))
                {
                    return null;
                }

                switch (ValuePatterns.Matches(pattern, value))
                {
                    case true:
                        return null;
                    case false:
                        return string.Empty;
                    default:
                        _slowPatterns.Add(pattern);
                        return "; the pattern took too long on it (it is not tried again in this file): write it so that it cannot backtrack";
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
        }
    }
}
