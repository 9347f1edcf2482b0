-- Matching reads text (issue 16, docs/decisions/0021-matching-reads-text.md): challenges state hours per month and
-- working languages; the skills a partner's or a challenge's own words speak of are stored (computed on save and by
-- the matching.text-evidence job, which also analyses every existing row once after this migration).

-- AlterTable
ALTER TABLE "Challenge" ADD COLUMN     "hoursPerMonth" INTEGER,
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY['ja']::TEXT[];

-- CreateTable
CREATE TABLE "ChallengeTextEvidence" (
    "challengeId" UUID NOT NULL,
    "skillIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "analysedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeTextEvidence_pkey" PRIMARY KEY ("challengeId")
);

-- CreateTable
CREATE TABLE "PartnerMatchFeatures" (
    "partnerId" UUID NOT NULL,
    "skillIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "analysedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "line" TEXT NOT NULL DEFAULT '',
    "profileUpdatedAt" TIMESTAMP(3),

    CONSTRAINT "PartnerMatchFeatures_pkey" PRIMARY KEY ("partnerId")
);

-- CreateIndex
CREATE INDEX "PartnerMatchFeatures_analysedAt_idx" ON "PartnerMatchFeatures"("analysedAt");

-- AddForeignKey
ALTER TABLE "ChallengeTextEvidence" ADD CONSTRAINT "ChallengeTextEvidence_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerMatchFeatures" ADD CONSTRAINT "PartnerMatchFeatures_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The starting synonyms of each skill (prisma/seed/reference-data.ts skillKeywords), for databases seeded before
-- they existed; skills an admin already gave synonyms keep theirs.
UPDATE "Skill" SET "keywordsJa" = ARRAY['ウェブ開発', 'ホームページ制作', 'サイト制作', 'Webサイト', 'ウェブサイト', 'フロントエンド', 'バックエンド', 'Webエンジニア', 'HTML', 'JavaScript', 'WordPress']::TEXT[], "keywordsEn" = ARRAY['website', 'web developer', 'frontend', 'front-end', 'backend', 'full-stack', 'javascript', 'typescript', 'html', 'wordpress']::TEXT[]
  WHERE slug = 'web-development' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['スマホアプリ', 'アプリ開発', 'iOS', 'Android', 'Flutter']::TEXT[], "keywordsEn" = ARRAY['mobile app', 'ios', 'android', 'flutter', 'swift', 'kotlin', 'app developer']::TEXT[]
  WHERE slug = 'mobile-apps' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['統計', '統計解析', '集計', 'データサイエンス', 'データ分析', 'アンケート分析', 'Python', 'Excel分析', '機械学習']::TEXT[], "keywordsEn" = ARRAY['statistics', 'statistical', 'data science', 'data scientist', 'data analyst', 'analytics', 'python', 'machine learning', 'survey analysis']::TEXT[]
  WHERE slug = 'data-analysis' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['地図', '地理情報', 'QGIS', 'ArcGIS', 'ハザードマップ', 'マッピング', 'GIS']::TEXT[], "keywordsEn" = ARRAY['gis', 'qgis', 'arcgis', 'mapping', 'maps', 'cartography', 'geospatial']::TEXT[]
  WHERE slug = 'gis' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['UX', 'UI', 'ユーザビリティ', '使いやすさ', 'UIデザイン', 'ユーザー調査', 'デザイン思考']::TEXT[], "keywordsEn" = ARRAY['ux', 'ui design', 'usability', 'user research', 'interaction design', 'ui']::TEXT[]
  WHERE slug = 'ux-design' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['スマホ教室', 'パソコン教室', 'IT講座', 'デジタル活用支援', '情報リテラシー']::TEXT[], "keywordsEn" = ARRAY['computer class', 'digital skills', 'it training', 'smartphone class']::TEXT[]
  WHERE slug = 'it-training' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['事業計画', '新規事業', '起業', '経営企画', '事業開発', 'スタートアップ', '経営コンサルタント', '中小企業診断士']::TEXT[], "keywordsEn" = ARRAY['business plan', 'startup', 'entrepreneur', 'business development', 'new business', 'consultant']::TEXT[]
  WHERE slug = 'business-planning' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['広報', 'PR', '販促', '販売促進', 'SNS運用', 'マーケター', 'プロモーション', 'ネット販売']::TEXT[], "keywordsEn" = ARRAY['marketing', 'pr', 'public relations', 'promotion', 'social media', 'e-commerce', 'online sales', 'marketer']::TEXT[]
  WHERE slug = 'marketing' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['ブランド', 'ブランド戦略', 'ロゴ']::TEXT[], "keywordsEn" = ARRAY['brand', 'branding', 'brand strategy', 'logo']::TEXT[]
  WHERE slug = 'branding' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['クラウドファンディング', '寄付', '助成金', '補助金申請', 'ファンドレイジング', '資金調達']::TEXT[], "keywordsEn" = ARRAY['crowdfunding', 'donations', 'grant writing', 'grants', 'fundraiser']::TEXT[]
  WHERE slug = 'fundraising' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['経理', '簿記', '記帳', '決算', '税理士', '会計士', '財務', '会計']::TEXT[], "keywordsEn" = ARRAY['bookkeeping', 'accountant', 'accounts', 'finance', 'tax', 'cpa', 'bookkeeper']::TEXT[]
  WHERE slug = 'accounting' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['弁護士', '司法書士', '行政書士', '契約書', '法律', '知的財産']::TEXT[], "keywordsEn" = ARRAY['lawyer', 'legal', 'contracts', 'law', 'attorney', 'paralegal']::TEXT[]
  WHERE slug = 'legal' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['プロジェクト管理', '進行管理', 'PMP', 'ディレクション']::TEXT[], "keywordsEn" = ARRAY['project manager', 'project management', 'pmp', 'scrum', 'agile']::TEXT[]
  WHERE slug = 'project-management' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['ファシリテーター', 'ワークショップ', '進行役', '対話の場', '会議運営', 'ファシリテーション']::TEXT[], "keywordsEn" = ARRAY['facilitator', 'workshop', 'workshops', 'facilitation', 'moderator']::TEXT[]
  WHERE slug = 'facilitation' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['地域づくり', '町内会', '自治会', '居場所づくり', '地域活動', 'NPO運営']::TEXT[], "keywordsEn" = ARRAY['community organiser', 'community organizer', 'community building', 'neighbourhood association']::TEXT[]
  WHERE slug = 'community-organising' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['保育士', '保育', '子育て支援', '幼児教育', 'ベビーシッター', '学童', '託児']::TEXT[], "keywordsEn" = ARRAY['childcare', 'nursery', 'babysitter', 'early childhood', 'preschool', 'kindergarten teacher', 'parenting']::TEXT[]
  WHERE slug = 'childcare' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['教員', '教師', '講師', '学習支援', '塾講師', '家庭教師', '教育', '授業']::TEXT[], "keywordsEn" = ARRAY['teacher', 'teaching', 'tutor', 'tutoring', 'education', 'educator', 'lecturer']::TEXT[]
  WHERE slug = 'education' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['介護福祉士', '介護', 'ケアマネジャー', 'ヘルパー', '高齢者', '介護予防', 'デイサービス']::TEXT[], "keywordsEn" = ARRAY['elderly care', 'caregiver', 'care worker', 'nursing home', 'aged care', 'senior care']::TEXT[]
  WHERE slug = 'elderly-care' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['看護師', '医師', '保健師', '薬剤師', '理学療法士', '作業療法士', '医療', '健康づくり']::TEXT[], "keywordsEn" = ARRAY['nurse', 'doctor', 'physician', 'pharmacist', 'physiotherapist', 'public health', 'healthcare', 'medical']::TEXT[]
  WHERE slug = 'healthcare' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['社会福祉士', '障がい者支援', '障害者支援', '福祉', '相談支援', '生活困窮']::TEXT[], "keywordsEn" = ARRAY['social worker', 'disability support', 'welfare', 'social welfare']::TEXT[]
  WHERE slug = 'welfare' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['防災士', '防災', '減災', '避難訓練', '避難所', '消防', '災害ボランティア', 'ハザードマップ']::TEXT[], "keywordsEn" = ARRAY['disaster', 'emergency preparedness', 'evacuation', 'firefighter', 'disaster relief']::TEXT[]
  WHERE slug = 'disaster-preparedness' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['農家', '農業', '就農', '有機栽培', '栽培', '果樹', '稲作', '耕作', '田んぼ', '農園']::TEXT[], "keywordsEn" = ARRAY['farmer', 'farming', 'agriculture', 'crops', 'vegetables', 'orchard', 'horticulture']::TEXT[]
  WHERE slug = 'agriculture' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['ワイナリー', '醸造', 'ぶどう栽培', 'ソムリエ', 'ワイン', '日本酒', '酒造', 'ブドウ']::TEXT[], "keywordsEn" = ARRAY['winery', 'winemaker', 'winemaking', 'sommelier', 'viticulture', 'vineyard', 'brewing', 'brewer', 'sake']::TEXT[]
  WHERE slug = 'wine' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['林業', '間伐', '林道', '森林組合', '森林管理', '植林', '伐採', '木工', '家具職人', '製材', '山林', 'チェーンソー']::TEXT[], "keywordsEn" = ARRAY['forestry', 'forester', 'logging', 'thinning', 'woodworking', 'carpentry', 'timber', 'woodland', 'forest management']::TEXT[]
  WHERE slug = 'forestry' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['観光', 'インバウンド', '旅行会社', 'ツアー', 'ガイド', '通訳案内士', 'ゲストハウス', '旅館']::TEXT[], "keywordsEn" = ARRAY['tourism', 'travel agency', 'tour', 'tour guide', 'inbound', 'hospitality', 'guesthouse', 'hotel']::TEXT[]
  WHERE slug = 'tourism' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['伝統工芸', '漆器', '漆', '木曽漆器', '漆職人', '工芸', '陶芸', '染織']::TEXT[], "keywordsEn" = ARRAY['crafts', 'lacquerware', 'lacquer', 'artisan', 'craftsman', 'ceramics', 'pottery']::TEXT[]
  WHERE slug = 'traditional-crafts' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['再エネ', '太陽光', '太陽光発電', '小水力', 'バイオマス', '風力', '省エネ', '脱炭素']::TEXT[], "keywordsEn" = ARRAY['solar', 'renewable', 'renewables', 'wind power', 'biomass', 'hydropower', 'energy efficiency', 'decarbonisation']::TEXT[]
  WHERE slug = 'renewable-energy' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['リサイクル', 'ごみ減量', '食品ロス', 'リユース', '資源循環', '堆肥', 'コンポスト']::TEXT[], "keywordsEn" = ARRAY['recycling', 'zero waste', 'food waste', 'reuse', 'circular', 'compost']::TEXT[]
  WHERE slug = 'circular-economy' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['公共交通', '交通', 'デマンド交通', 'MaaS', '自動運転', 'モビリティ']::TEXT[], "keywordsEn" = ARRAY['public transport', 'transit', 'mobility', 'maas', 'transportation']::TEXT[]
  WHERE slug = 'mobility' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['建築士', '建築', '建築設計', 'リノベーション', '空き家', '大工', '古民家']::TEXT[], "keywordsEn" = ARRAY['architect', 'architecture', 'renovation', 'building design', 'carpenter', 'vacant house']::TEXT[]
  WHERE slug = 'architecture' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['都市計画', 'まちづくり', '景観', '中心市街地', '再開発', '都市デザイン']::TEXT[], "keywordsEn" = ARRAY['urban planning', 'town planning', 'urban design', 'city planning', 'placemaking']::TEXT[]
  WHERE slug = 'urban-planning' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['グラフィック', 'デザイナー', 'チラシ', 'ポスター', 'イラスト', 'DTP', 'Illustrator']::TEXT[], "keywordsEn" = ARRAY['graphic design', 'graphic designer', 'illustration', 'illustrator', 'flyer', 'poster', 'layout']::TEXT[]
  WHERE slug = 'graphic-design' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['写真', 'カメラマン', '撮影', '映像', '動画', '動画編集', '映像制作', 'ドキュメンタリー', 'フォトグラファー']::TEXT[], "keywordsEn" = ARRAY['photographer', 'photography', 'video', 'filmmaker', 'videographer', 'film', 'documentary', 'camera']::TEXT[]
  WHERE slug = 'photo-video' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['ライター', '編集', '編集者', '執筆', 'コピーライター', '取材']::TEXT[], "keywordsEn" = ARRAY['writer', 'writing', 'editor', 'editing', 'copywriter', 'journalist', 'articles']::TEXT[]
  WHERE slug = 'writing' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['翻訳', '通訳', '翻訳者', '英訳', '和訳', '通訳案内士']::TEXT[], "keywordsEn" = ARRAY['translator', 'translation', 'interpreter', 'interpreting', 'localisation', 'localization']::TEXT[]
  WHERE slug = 'translation' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['アート', '音楽', '美術', '演奏', '作曲', 'アーティスト', '演劇', 'ダンス']::TEXT[], "keywordsEn" = ARRAY['artist', 'art', 'music', 'musician', 'painting', 'theatre', 'dance']::TEXT[]
  WHERE slug = 'arts' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['スポーツ', 'コーチ', '体操', 'トレーナー', '運動指導', '健康運動指導士', 'ヨガ']::TEXT[], "keywordsEn" = ARRAY['coach', 'coaching', 'sports', 'trainer', 'fitness', 'yoga']::TEXT[]
  WHERE slug = 'sports' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
UPDATE "Skill" SET "keywordsJa" = ARRAY['研究', '研究者', '調査', '社会調査', 'フィールドワーク', '論文', '大学院']::TEXT[], "keywordsEn" = ARRAY['research', 'researcher', 'fieldwork', 'academic', 'phd', 'survey']::TEXT[]
  WHERE slug = 'research' AND cardinality("keywordsJa") = 0 AND cardinality("keywordsEn") = 0;
