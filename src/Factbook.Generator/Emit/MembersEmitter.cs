using System.Globalization;

namespace Factbook.Generator.Emit
{
    /// <summary>
    /// Emits a type's id enum and one static member per entry (<c>Places.Kaliningrad</c>), each with the entry
    /// in its doc comment so IDE hover shows the fact.
    /// </summary>
    internal static class MembersEmitter
    {
        public static string Emit(MembersModel model, EmitContext context)
        {
            var type = model.Type;
            var record = context.Global(type.Name);
            var writer = new SourceWriter();
            TypeEmitter.WriteHeader(writer, context);
            writer.Summary("The id of every <see cref=\"" + type.Name + "\"/>, in content order.");
            writer.Line(TypeEmitter.GeneratedCode);
            writer.Open("public enum " + type.IdEnum);
            for (var i = 0; i < model.Members.Count; i++)
            {
                var member = model.Members[i];
                writer.Summary(CSharpText.XmlDocText(member.Summary));
                writer.Line(member.MemberName + " = " + i.ToString(CultureInfo.InvariantCulture) + ",");
            }

            writer.Close();
            writer.Line();
            writer.Open("public static partial class " + type.CollectionClass);
            for (var i = 0; i < model.Members.Count; i++)
            {
                var member = model.Members[i];
                if (i > 0)
                {
                    writer.Line();
                }

                writer.Summary(CSharpText.XmlDocText(member.Summary));
                writer.Line("public static " + record + " " + member.MemberName + " => items[" + i.ToString(CultureInfo.InvariantCulture) + "];");
            }

            writer.Close();
            return writer.Close().ToString();
        }
    }
}
