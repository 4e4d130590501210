namespace Factbook.Generator.Schema
{
    internal static partial class SchemaReader
    {
        /// <summary>What a field's <c>type</c> names: a scalar kind, <c>enum</c>, <c>object</c>, <c>yaml</c>, a declared type or shared object, a list, a <c>map&lt;T&gt;</c> or a union.</summary>
        private sealed partial class Reader
        {
            /// <summary>What a field's type names: a scalar kind, <c>enum</c> or <c>object</c> (a type of the field's own), or a declared type.</summary>
            private FieldType? ResolveType(string path, string name, YamlNode typeNode, string ownTypeName)
            {
                if (typeNode.Kind == YamlNodeKind.Sequence)
                {
                    return ResolveUnion(path, name, typeNode, ownTypeName);
                }

                var typeText = typeNode.Text.Trim();
                var isList = typeText.EndsWith("[]", StringComparison.Ordinal);
                var baseType = isList ? typeText.Substring(0, typeText.Length - 2).Trim() : typeText;
                if (MapElement(baseType) is { } element)
                {
                    // map<Job>: names to values, in the file's order. A map of lists or maps, or a list of maps, is
                    // refused: a nested object field says the same with names for each level.
                    if (isList || element.EndsWith("[]", StringComparison.Ordinal) || MapElement(element) is not null)
                    {
                        Report(FactbookDiagnostics.InvalidSchema, path, typeNode.Span, SchemaProblems.MapOfMany(name, typeText));
                        return null;
                    }

                    return ResolveType(path, name, typeNode, ownTypeName, element) is { } single
                        ? single.Kind == FieldKind.Reference ? ReportMapOfReferences(path, name, typeNode, single.TypeName) : single with { IsMap = true }
                        : null;
                }

                return ResolveType(path, name, typeNode, ownTypeName, baseType) is { } type ? type with { IsList = isList } : null;
            }

            /// <summary>
            /// <c>type: [url, Organization]</c>: a value is the first member that fits, so a member that an earlier one
            /// always takes could never be chosen and is refused (<c>[string, url]</c>: every URL is text). Members are
            /// scalar kinds and objects declared under <c>objects</c>, at most one object, as a mapping can only be that.
            /// </summary>
            private FieldType? ResolveUnion(string path, string name, YamlNode typeNode, string ownTypeName)
            {
                if (ReadUnionMembers(path, name, typeNode) is not { } members)
                {
                    return null;
                }

                if (members.FirstOrDefault(member => GeneratedNames.UnionMembers.Contains(member.PropertyName)) is { } taken)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, typeNode.Span, SchemaProblems.UnionMemberNamedLikeItsPlumbing(name, taken.Name));
                    return null;
                }

                if (members.FirstOrDefault(member => member.PropertyName == ownTypeName) is { } likeTheUnion)
                {
                    // A member may not be named like its enclosing type (CS0542): the union's name must differ.
                    Report(FactbookDiagnostics.InvalidSchema, path, typeNode.Span, SchemaProblems.UnionNamedLikeACase(name, ownTypeName, likeTheUnion.Name));
                    return null;
                }

                if (members.Count < 2)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, typeNode.Span, SchemaProblems.UnionNeedsTwo(name));
                    return null;
                }

                if (members.GroupBy(member => member.PropertyName, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } same)
                {
                    // url and an object Url would both be the case Url.
                    Report(FactbookDiagnostics.InvalidSchema, path, typeNode.Span, SchemaProblems.UnionCasesCollide(name, same.Select(member => member.Name), same.Key));
                    return null;
                }

                return new FieldType(FieldKind.Union, null, false, ownTypeName, string.Empty, string.Empty) { UnionMembers = members.ToEquatableArray() };
            }

            /// <summary>A union's members in order: scalar kinds (a later one no earlier one always takes) and at most one shared object.</summary>
            private List<FieldSpec>? ReadUnionMembers(string path, string name, YamlNode typeNode)
            {
                var members = new List<FieldSpec>();
                foreach (var item in typeNode.Items)
                {
                    var text = item.Text.Trim();
                    if (ScalarKinds.Find(text) is { } scalar)
                    {
                        if (members.FirstOrDefault(member => member.Scalar is { } earlier && UnionOrder.Covers(earlier, scalar)) is { } wider)
                        {
                            Report(FactbookDiagnostics.InvalidSchema, path, item.Span, SchemaProblems.UnionMemberUnreachable(name, text, wider.Scalar!.Keyword));
                            return null;
                        }

                        // A schema file's 'booleans: yaml1.1' holds for a union's bool as for any bool field of it.
                        var kind = scalar is BoolKind && _yaml11BooleanFiles.Contains(path) ? ScalarKinds.Yaml11Bool : scalar;
                        members.Add(new FieldSpec(text, GeneratedNames.Property(text), FieldKind.Scalar, kind, false, true, null, string.Empty, string.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<FieldSpec>.Empty, string.Empty, string.Empty));
                    }
                    else if (members.FirstOrDefault(member => member.Kind == FieldKind.Object) is { } other && (_objects.ContainsKey(text) || _objectNodes.Any(pending => pending.Entry.Key.Text == text)))
                    {
                        Report(FactbookDiagnostics.InvalidSchema, path, item.Span, SchemaProblems.UnionOfTwoObjects(name, other.Name, text));
                        return null;
                    }
                    else if (_objects.TryGetValue(text, out var shared))
                    {
                        members.Add(shared with { Name = text, PropertyName = text, IsRequired = true });
                    }
                    else
                    {
                        Report(
                            FactbookDiagnostics.InvalidSchema,
                            path,
                            item.Span,
                            _brokenObjects.Contains(text) ? SchemaProblems.UsesBrokenObject(name, text)
                                : _objectNodes.Any(pending => pending.Entry.Key.Text == text) ? SchemaProblems.ObjectUsedBeforeItIsDeclared(name, text)
                                : SchemaProblems.UnionMemberNotAllowed(name, text, _objects.Keys));
                        return null;
                    }
                }

                return members;
            }

            /// <summary>The element type of <c>map&lt;X&gt;</c>, trimmed, or null for any other type.</summary>
            private static string? MapElement(string type) =>
                type.StartsWith(Keywords.Map + "<", StringComparison.Ordinal) && type.EndsWith(">", StringComparison.Ordinal)
                    ? type.Substring(Keywords.Map.Length + 1, type.Length - Keywords.Map.Length - 2).Trim()
                    : null;

            private FieldType? ReportMapOfReferences(string path, string name, YamlNode typeNode, string target)
            {
                Report(FactbookDiagnostics.InvalidSchema, path, typeNode.Span, SchemaProblems.MapOfReferences(name, target));
                return null;
            }

            private FieldType? ResolveType(string path, string name, YamlNode typeNode, string ownTypeName, string baseType)
            {
                const bool isList = false;
                var typeText = typeNode.Text.Trim();
                if (ScalarKinds.Find(baseType) is { } scalar)
                {
                    return new FieldType(FieldKind.Scalar, scalar, isList, string.Empty, string.Empty, string.Empty);
                }

                if (baseType == Keywords.Yaml)
                {
                    return new FieldType(FieldKind.Yaml, null, isList, string.Empty, string.Empty, string.Empty);
                }

                if (baseType is Keywords.Enum or Keywords.Object)
                {
                    return new FieldType(baseType == Keywords.Enum ? FieldKind.Enum : FieldKind.Object, null, isList, ownTypeName, string.Empty, string.Empty);
                }

                if (_headers.FirstOrDefault(header => header.Name == baseType) is { } target)
                {
                    return new FieldType(FieldKind.Reference, null, isList, target.Name, target.CollectionClass, target.IdEnum);
                }

                if (_objects.ContainsKey(baseType))
                {
                    return new FieldType(FieldKind.Object, null, isList, baseType, string.Empty, string.Empty) { IsShared = true };
                }

                if (_brokenObjects.Contains(baseType))
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, typeNode.Span, SchemaProblems.UsesBrokenObject(name, baseType));
                    return null;
                }

                if (_objectNodes.Any(pending => pending.Entry.Key.Text == baseType))
                {
                    // Declared under 'objects' but not read yet: itself, or one declared after the object that uses it.
                    Report(FactbookDiagnostics.InvalidSchema, path, typeNode.Span, SchemaProblems.ObjectUsedBeforeItIsDeclared(name, baseType));
                    return null;
                }

                var candidates = BuiltInTypes.Concat(_headers.Select(header => header.Name)).Concat(_objects.Keys);
                Report(FactbookDiagnostics.UnknownFieldType, path, typeNode.Span, MessageText.Quote(typeText), name, ForeignSchemaTerms.TypeHint(baseType) ?? Identifiers.Suggestion(baseType, candidates), string.Join(", ", BuiltInTypes));
                return null;
            }
        }
    }
}
