using N = Factbook.Generator.Naming.GeneratedNames;

namespace Factbook.Generator.Emit
{
    /// <summary>
    /// The type of a union field (<c>organization: [url, Organization]</c>): its <c>Kind</c>, one nullable property per
    /// case, and <c>Match</c>, which takes one function per case, so code that handles a union handles every case
    /// or does not compile.
    /// </summary>
    internal static class UnionEmitter
    {
        public static void Write(SourceWriter writer, FieldSpec field, EmitContext context)
        {
            var union = field.TypeName;
            var kind = N.UnionKind(union);
            var cases = field.UnionMembers;
            WriteKindEnum(writer, field, kind);
            writer.Line();
            writer.Summary(CSharpText.XmlDocText("The value of the '" + field.Name + "' field: " + field.Expectation + ". Match takes one function per case."));
            writer.Line(TypeEmitter.GeneratedCode);
            writer.Open("public sealed partial record " + union);
            writer.Line("private readonly object value;");
            writer.Line();
            writer.Open("private " + union + "(" + kind + " kind, object value)");
            writer.Line("this.Kind = kind;");
            writer.Line("this.value = value;");
            writer.Close();
            writer.Line();
            writer.Summary("Which case the value is.");
            writer.Line("public " + kind + " Kind { get; }");
            foreach (var member in cases)
            {
                var type = FieldTypes.ElementType(member, context);
                writer.Line();
                writer.Summary("The value when <see cref=\"Kind\"/> is <see cref=\"" + kind + "." + member.PropertyName + "\"/>; otherwise null.");
                writer.Line("public " + type + "? " + member.PropertyName + " => this.Kind == " + kind + "." + member.PropertyName + " ? (" + type + ")this.value : (" + type + "?)null;");
            }

            var functions = cases.Select(member => "global::System.Func<" + FieldTypes.ElementType(member, context) + ", TResult> @" + Camel(member.PropertyName));
            writer.Line();
            writer.Summary("The result of the function for the value's case: every case must be handled.");
            writer.Line("public TResult Match<TResult>(" + string.Join(", ", functions) + ") => this.Kind switch");
            writer.Line("{");
            foreach (var member in cases)
            {
                writer.Line("    " + kind + "." + member.PropertyName + " => @" + Camel(member.PropertyName) + "((" + FieldTypes.ElementType(member, context) + ")this.value),");
            }

            writer.Line("    _ => throw new global::System.InvalidOperationException(),");
            writer.Line("};");
            writer.Line();
            writer.Summary("The value, as text.");
            writer.Line("public override string ToString() => this.value.ToString() ?? string.Empty;");
            writer.Line();
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Open("internal static class " + N.Plumbing);
            writer.Line("internal static " + context.Global(union) + " " + N.Private.Read + "(" + context.Global(SupportTypeNames.Reader) + " reader) => reader.Int() switch");
            writer.Line("{");
            for (var i = 0; i < cases.Count; i++)
            {
                writer.Line("    " + i.ToString(CultureInfo.InvariantCulture) + " => new " + context.Global(union) + "(" + kind + "." + cases[i].PropertyName + ", " + TypeEmitter.ReadSingle(cases[i], "reader", context) + "),");
            }

            writer.Line("    _ => throw new global::System.InvalidOperationException(),");
            writer.Line("};");
            writer.Close();
            writer.Close();
        }

        /// <summary>The enum of a union's cases, in the order they are tried.</summary>
        private static void WriteKindEnum(SourceWriter writer, FieldSpec field, string kind)
        {
            writer.Summary(CSharpText.XmlDocText("The value of the '" + field.Name + "' field: " + field.Expectation + "."));
            writer.Line(TypeEmitter.GeneratedCode);
            writer.Open("public enum " + kind);
            foreach (var member in field.UnionMembers)
            {
                writer.Summary(CSharpText.XmlDocText("The value is " + member.Expectation + ": " + member.PropertyName + " has it."));
                writer.Line(member.PropertyName + ",");
            }

            writer.Close();
        }

        private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
