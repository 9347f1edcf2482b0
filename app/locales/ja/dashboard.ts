// Strings of the dashboard pages, merged into ja.ts under "dashboard"; en/dashboard.ts mirrors every key.
const dashboard = {
  title: "ダッシュボード",
};

export default dashboard;
