import { Text } from "@react-email/components";

// Words someone else wrote (a coordinator's reason, a message in a proposal's thread), set off from the mail's
// own text with a rule on the left; line breaks are kept as typed. Contrast as the layout's body text (15:1).
const style = {
  margin: "12px 0",
  padding: "8px 16px",
  borderLeft: "4px solid #1d5a3c",
  backgroundColor: "#f4f6f1",
  fontSize: "16px",
  lineHeight: "1.8",
  color: "#1b2420",
  whiteSpace: "pre-wrap" as const,
};

export function Quote({ children }: { children: string }) {
  return <Text style={style}>{children}</Text>;
}
