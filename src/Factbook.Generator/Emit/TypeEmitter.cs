using N = Factbook.Generator.Naming.GeneratedNames;

namespace Factbook.Generator.Emit
{
    /// <summary>
    /// Emits the shape of one content type: its record, the enums and records its fields declare, and its
    /// collection class with lookups and the loop that decodes its tables (<see cref="TableEmitter"/>) on first
    /// use. Code per entry (a giant initializer or switch) would cost compile and JIT time in proportion to the
    /// content; the entries' members are in <see cref="MembersEmitter"/>, so a value edit re-emits neither.
    /// Private helpers have lowercase names so they can never collide with a PascalCased id or field.
    /// </summary>
    internal static class TypeEmitter
    {
        internal const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"" + EmitContext.ToolName + "\", \"" + EmitContext.ToolVersion + "\")]";

        public static string Emit(TypeShape shape, EmitContext context)
        {
            var writer = SourceWriter.File(context.Namespace);
            var type = shape.Type;
            WriteEntryRecord(writer, type, context);
            writer.Line();
            CollectionEmitter.Emit(writer, shape, context);
            writer.Line();
            WriteRefAttribute(writer, type);
            WriteDeclaredTypes(writer, type.Fields, context);
            return writer.EndFile();
        }

        /// <summary>An object declared once under <c>objects</c>: its record and the types its fields declare, in a file of its own.</summary>
        public static string EmitObject(FieldSpec shared, EmitContext context)
        {
            var writer = SourceWriter.File(context.Namespace);
            WriteObjectRecord(writer, shared, context);
            WriteDeclaredTypes(writer, shared.Fields, context);
            return writer.EndFile();
        }

        private static void WriteDeclaredTypes(SourceWriter writer, IEnumerable<FieldSpec> fields, EmitContext context)
        {
            foreach (var field in AllFields(fields))
            {
                writer.Line();
                if (field.Kind == FieldKind.Enum)
                {
                    WriteFieldEnum(writer, field);
                }
                else if (field.Kind == FieldKind.Union)
                {
                    UnionEmitter.Write(writer, field, context);
                }
                else
                {
                    WriteObjectRecord(writer, field, context);
                }
            }
        }

        /// <summary>Fields that declare a type of their own (enums and nested objects), depth first; a shared object's type is emitted once, on its own.</summary>
        private static IEnumerable<FieldSpec> AllFields(IEnumerable<FieldSpec> fields) =>
            fields.Where(field => field.Kind is FieldKind.Enum or FieldKind.Object or FieldKind.Union && !field.IsShared)
                .SelectMany(field => new[] { field }.Concat(AllFields(field.Fields)));

        private static void WriteEntryRecord(SourceWriter writer, TypeSpec type, EmitContext context)
        {
            var description = type.Description.Length > 0 ? type.Description : "An entry of the '" + type.CollectionName + "' collection.";
            writer.Summary(CSharpText.XmlDocText(description));
            writer.Line(GeneratedCode);
            writer.Open("public sealed partial record " + type.Name);
            var parameters = new[] { context.Global(type.IdEnum) + " @key", "string @id", "string @provenance", "string? @retirementReason", "int @supersededBy" }
                .Concat(type.Fields.Select(field => FieldTypes.StorageType(field, context) + " " + GeneratedNames.Storage(field)));
            var record = context.Global(type.Name);
            var idEnum = context.Global(type.IdEnum);
            writer.Open("private " + type.Name + "(" + string.Join(", ", parameters) + ")");
            writer.Line($$"""
                this.{{N.Key}} = @key;
                this.{{N.Id}} = @id;
                this.{{N.Provenance}} = @provenance;
                this.{{N.RetirementReason}} = @retirementReason;
                this.{{N.Private.SupersededBy}} = @supersededBy;
                """);
            WriteAssignments(writer, type.Fields);
            writer.Close();
            writer.Line($$"""

                /// <summary>The entry&apos;s key in <see cref="{{type.IdEnum}}"/>.</summary>
                public {{idEnum}} {{N.Key}} { get; }

                /// <summary>The entry&apos;s id, as written in content.</summary>
                public string {{N.Id}} { get; }

                /// <summary>Where the entry is written: its file relative to the project, and the line of its id (<c>content/places.yaml:12</c>).</summary>
                public string {{N.Provenance}} { get; }

                /// <summary>Whether the entry is retired: kept so old ids still resolve, but left out of <c>{{Naming.FixedNames.All}}</c>.</summary>
                public bool {{N.IsRetired}} => this.{{N.RetirementReason}} is not null;

                /// <summary>Why the entry was retired (empty when no reason was given), or null when it is not retired.</summary>
                public string? {{N.RetirementReason}} { get; }

                /// <summary>The entry that replaces this retired one, if content names one.</summary>
                public {{record}}? {{N.SupersededBy}} => this.{{N.Private.SupersededBy}} >= 0 ? {{context.Global(type.CollectionClass)}}.{{Naming.FixedNames.Get}}(({{idEnum}})this.{{N.Private.SupersededBy}}) : null;

                private readonly int {{N.Private.SupersededBy}};
                """);
            WriteProperties(writer, type.Fields, context);
            writer.Line($$"""

                /// <summary>Entries are equal when they are the same entry: they are compared by <see cref="{{N.Key}}"/>, as references may form cycles.</summary>
                public bool Equals({{record}}? other) => other is not null && this.{{N.Key}} == other.{{N.Key}};

                /// <inheritdoc/>
                public override int GetHashCode() => (int)this.{{N.Key}};

                /// <inheritdoc/>
                public override string ToString() => {{CSharpText.StringLiteral(type.Name + " ")}} + this.{{N.Id}};
                """);
            WritePlumbing(writer, type, context);
            writer.Close();
        }

        /// <summary>
        /// The nested class holding what only generated code calls: decoding (the constructor is private, so
        /// user code cannot make entries) and the keys a reverse lookup indexes. Its name cannot be a
        /// PascalCased field's, and it keeps the plumbing out of the members IntelliSense lists for the record.
        /// </summary>
        private static void WritePlumbing(SourceWriter writer, TypeSpec type, EmitContext context)
        {
            var record = context.Global(type.Name);
            writer.Line();
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Open("internal static class " + GeneratedNames.Plumbing);
            writer.Open("internal static void " + N.Private.Fill + "(" + record + "[] entries, global::System.Func<int, string> id, int start, byte[] table)");
            writer.Line("var reader = new " + context.Global(SupportTypeNames.Reader) + "(table);");
            writer.Line("var files = reader.Array(static item => item.String());");
            writer.Open("for (var i = start; !reader.AtEnd; i++)");
            var arguments = new[] { "(" + context.Global(type.IdEnum) + ")i", "id(i)", "reader.Provenance(files)", "(reader.IsNull() ? null : reader.String())", "reader.Int()" }.Concat(type.Fields.Select(field => ReadExpression(field, "reader", context)));
            writer.Line("entries[i] = new " + record + "(" + string.Join(", ", arguments) + ");");
            writer.Close();
            writer.Close();
            foreach (var field in GeneratedNames.ReverseLookups(type))
            {
                var storage = "item." + GeneratedNames.Storage(field);
                var keys = field.IsList
                    ? "global::System.Linq.Enumerable.Select(" + storage + ", static key => (int)key)"
                    : field.IsNullable
                        ? storage + " is { } key ? new[] { (int)key } : global::System.Array.Empty<int>()"
                        : "new[] { (int)" + storage + " }";
                writer.Line();
                writer.Line("internal static global::System.Collections.Generic.IEnumerable<int> " + GeneratedNames.KeysOf(field) + "(" + record + " item) => " + keys + ";");
            }

            writer.Close();
        }

        /// <summary><c>[PlaceRef("kaliningrad")]</c>: lets consumers mark their own ids; StringIdAnalyzer checks them.</summary>
        private static void WriteRefAttribute(SourceWriter writer, TypeSpec type)
        {
            var attribute = GeneratedNames.RefAttribute(type.Name);
            writer.Line($$"""
                /// <summary>Marks a member or parameter whose value is the id of a <see cref="{{type.Name}}"/>; the id is checked when the project builds.</summary>
                {{GeneratedCode}}
                [global::System.AttributeUsage(global::System.AttributeTargets.All, AllowMultiple = true)]
                public sealed class {{attribute}} : global::System.Attribute
                {
                    /// <summary>Names the entry by its id.</summary>
                    public {{attribute}}(string id) => this.Id = id;

                    /// <summary>The id.</summary>
                    public string {{N.Id}} { get; }

                    {{CSharpText.PrivateConstant(FixedNames.CollectionClassConstant, CSharpText.StringLiteral(type.CollectionClass))}}
                }
                """);
        }

        private static void WriteObjectRecord(SourceWriter writer, FieldSpec field, EmitContext context)
        {
            var description = field.Description.Length > 0 ? field.Description : "The value of the '" + field.Name + "' field.";
            writer.Summary(CSharpText.XmlDocText(description));
            writer.Line(GeneratedCode);
            writer.Open("public sealed partial record " + field.TypeName);
            var parameters = field.Fields.Select(nested => FieldTypes.StorageType(nested, context) + " " + GeneratedNames.Storage(nested));
            writer.Open("private " + field.TypeName + "(" + string.Join(", ", parameters) + ")");
            WriteAssignments(writer, field.Fields);
            writer.Close();
            WriteProperties(writer, field.Fields, context);
            writer.Line();
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Open("internal static class " + GeneratedNames.Plumbing);
            var nested = field.Fields.Select(inner => ReadExpression(inner, "reader", context));
            writer.Line("internal static " + context.Global(field.TypeName) + " " + N.Private.Read + "(" + context.Global(SupportTypeNames.Reader) + " reader) => new " + context.Global(field.TypeName) + "(" + string.Join(", ", nested) + ");");
            writer.Close();
            writer.Close();
        }

        private static void WriteAssignments(SourceWriter writer, IEnumerable<FieldSpec> fields)
        {
            foreach (var field in fields)
            {
                var parameter = GeneratedNames.Storage(field);
                if (field.Kind == FieldKind.Reference)
                {
                    writer.Line("this." + parameter + " = " + parameter + ";");
                }
                else if (field.IsList)
                {
                    writer.Line("this." + field.PropertyName + " = global::System.Array.AsReadOnly(" + parameter + ");");
                }
                else
                {
                    writer.Line("this." + field.PropertyName + " = " + parameter + ";");
                }
            }
        }

        private static void WriteProperties(SourceWriter writer, IEnumerable<FieldSpec> fields, EmitContext context)
        {
            foreach (var field in fields)
            {
                writer.Line();
                var description = field.Description.Length > 0 ? field.Description : "The '" + field.Name + "' field.";
                writer.Summary(CSharpText.XmlDocText(description));
                var propertyType = FieldTypes.PropertyType(field, context);
                if (field.Kind != FieldKind.Reference)
                {
                    writer.Line("public " + propertyType + " " + field.PropertyName + " { get; }");
                    continue;
                }

                // References are stored as ids and resolved on use, so entries can refer to each other in cycles.
                var storage = GeneratedNames.Storage(field);
                var collection = context.Global(field.TargetCollectionClass);
                if (field.IsList)
                {
                    var cache = GeneratedNames.ResolvedCache(field);
                    writer.Line("public " + propertyType + " " + field.PropertyName + " => " + cache + " ??= global::System.Array.AsReadOnly(global::System.Array.ConvertAll(this." + storage + ", " + collection + "." + Naming.FixedNames.Get + "));");
                    writer.Line();
                    writer.Line("private " + propertyType + "? " + cache + ";");
                }
                else if (!field.IsNullable)
                {
                    writer.Line("public " + propertyType + " " + field.PropertyName + " => " + collection + "." + Naming.FixedNames.Get + "(this." + storage + ");");
                }
                else
                {
                    writer.Line("public " + propertyType + " " + field.PropertyName + " => this." + storage + " is { } key ? " + collection + "." + Naming.FixedNames.Get + "(key) : null;");
                }

                writer.Line();
                writer.Line("private readonly " + FieldTypes.StorageType(field, context) + " " + storage + ";");
            }
        }

        /// <summary>The expression that reads one field's value from the table, as its constructor takes it.</summary>
        private static string ReadExpression(FieldSpec field, string reader, EmitContext context)
        {
            if (field.IsList)
            {
                return reader + ".Array(static item => " + ReadSingle(field, "item", context) + ")";
            }

            if (field.IsMap)
            {
                return reader + ".Map(static item => " + ReadSingle(field, "item", context) + ")";
            }

            if (!field.IsNullable)
            {
                return ReadSingle(field, reader, context);
            }

            var isMissing = field.Kind == FieldKind.Object ? ".IsMissingObject()" : ".IsNull()";
            return "(" + reader + isMissing + " ? (" + FieldTypes.StorageType(field, context) + ")null : " + ReadSingle(field, reader, context) + ")";
        }

        internal static string ReadSingle(FieldSpec field, string reader, EmitContext context) => field.Kind switch
        {
            FieldKind.Scalar => field.Scalar!.Decode(reader, context),
            FieldKind.Enum => "(" + context.Global(field.TypeName) + ")" + reader + ".Int()",
            FieldKind.Yaml => reader + ".Yaml()",
            FieldKind.Reference => "(" + context.Global(field.TargetIdEnum) + ")" + reader + ".Int()",
            _ => context.Global(field.TypeName) + "." + GeneratedNames.Plumbing + "." + N.Private.Read + "(" + reader + ")",
        };

        private static void WriteFieldEnum(SourceWriter writer, FieldSpec field)
        {
            var description = field.Description.Length > 0 ? field.Description : "The values of the '" + field.Name + "' field.";
            writer.Summary(CSharpText.XmlDocText(description));
            writer.Line(GeneratedCode);
            writer.Open("public enum " + field.TypeName);
            for (var i = 0; i < field.EnumMembers.Count; i++)
            {
                writer.Summary(CSharpText.XmlDocText(field.EnumValues[i]));
                writer.Line(CSharpText.Identifier(field.EnumMembers[i]) + ",");
            }

            writer.Close();
            writer.Line();
            writer.Summary("Converts <see cref=\"" + field.TypeName + "\"/> values back to their text in content.");
            writer.Line(GeneratedCode);
            writer.Open("public static partial class " + GeneratedNames.EnumExtensions(field.TypeName));
            writer.Summary("The value as written in content.");
            writer.Open("public static string ToText(this " + field.TypeName + " value) => value switch");
            for (var i = 0; i < field.EnumMembers.Count; i++)
            {
                writer.Line(field.TypeName + "." + CSharpText.Identifier(field.EnumMembers[i]) + " => " + CSharpText.StringLiteral(field.EnumValues[i]) + ",");
            }

            writer.Line("_ => value.ToString(),");
            writer.Close(";");
            writer.Close();
        }

    }
}
